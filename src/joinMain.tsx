// Mounts the phone page of a live workshop (join.html) with the browser's storage for what the
// phone keeps; nothing else.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { phoneMemory } from './persistence';
import { JoinApp } from './views/join/JoinApp';

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <JoinApp memory={phoneMemory} />
    </StrictMode>,
  );
}
