/**
 * The version new surveys open with, as a number alone: the respondent's page asks for this version
 * while it is still waiting to hear its survey's version (nearly always the same), without carrying
 * any instrument in its code.
 */
export const CURRENT_VERSION = 2;
