// Kept in step with package.json by __tests__/version.test.ts.
export const TOOL_NAME = 'stateless-audit'
export const TOOL_VERSION = '0.1.0'
export const REPOSITORY_URL = 'https://github.com/stateless-audit/stateless-audit'
export const DOCS_BASE_URL = `${REPOSITORY_URL}/blob/main/docs/rules/`
