/// <reference types="vite/client" />

/** True only in builds made for the browser tests; gates the read-only `window` test hook. */
declare const __CAREWEALTH_TEST_HOOKS__: boolean;
