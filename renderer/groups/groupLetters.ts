/** Groups are named A, B, C… on screen, in the order their files were added. */
export const groupLetter = (i: number): string => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');
