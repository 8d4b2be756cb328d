/** Version of a package errcat generates for the first time (and of the core package, which has no catalog to version it by). */
export const INITIAL_VERSION = '1.0.0';
