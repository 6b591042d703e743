/**
 * How big a file the user may drop or import, in one place: the page checks it first, the contract
 * validates against it, and the loopback host's body limit is derived from it, so a file under the
 * limit is never refused further along with a vaguer message.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The limit in whole megabytes, as messages say it. */
export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / (1024 * 1024);

/** Characters of base64 that `bytes` bytes become. */
export const base64Length = (bytes: number) => 4 * Math.ceil(bytes / 3);
