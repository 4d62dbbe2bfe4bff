/** This package's version, sent in the User-Agent (a test keeps it equal to package.json). */
export const VERSION = '1.0.0';
