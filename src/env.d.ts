/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

/** True only in builds made for the browser tests; gates the read-only `window` test hook. */
declare const __CAREWEALTH_TEST_HOOKS__: boolean;
