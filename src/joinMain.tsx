// Mounts the phone page of a live workshop (join.html); nothing else.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { JoinApp } from './views/join/JoinApp';

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <JoinApp />
    </StrictMode>,
  );
}
