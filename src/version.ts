/** agent-audit's version, recorded in every audit. A test keeps it equal to package.json's. */
export const TOOL_NAME = 'agent-audit'
export const TOOL_VERSION = '0.1.0'
