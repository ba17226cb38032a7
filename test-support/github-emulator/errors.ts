// Error responses in GitHub's shapes. `documentation_url` and the string `status` field are what
// api.github.com returns today.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = { [key: string]: JsonValue }

export const DOCS_ROOT = 'https://docs.github.com/rest'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonObject,
    readonly headers: Record<string, string> = {}
  ) {
    super(typeof body.message === 'string' ? body.message : `HTTP ${status}`)
  }
}

function errorBody(status: number, message: string, documentationUrl = DOCS_ROOT, extra: JsonObject = {}) {
  return { message, ...extra, documentation_url: documentationUrl, status: String(status) }
}

export const notFound = (): ApiError => new ApiError(404, errorBody(404, 'Not Found'))

export const badCredentials = (): ApiError => new ApiError(401, errorBody(401, 'Bad credentials'))

export const requiresAuthentication = (): ApiError =>
  new ApiError(401, errorBody(401, 'Requires authentication'))

export const notAccessible = (docs?: string): ApiError =>
  new ApiError(403, errorBody(403, 'Resource not accessible by integration', docs))

export const problemsParsingJson = (): ApiError => new ApiError(400, errorBody(400, 'Problems parsing JSON'))

/** 422 from GitHub's request-schema validation: "Invalid request.\n\n<one message per line>". */
export const invalidRequest = (messages: string[], docs?: string): ApiError =>
  new ApiError(422, errorBody(422, `Invalid request.\n\n${messages.join('\n')}`, docs))

/** 422 from a model validation: "Unprocessable Entity" with a list of error strings. */
export const unprocessable = (errors: string[], docs?: string): ApiError =>
  new ApiError(422, errorBody(422, 'Unprocessable Entity', docs, { errors }))

/** 422 with only a message, e.g. "No commit found for SHA: …" from the Checks API. */
export const unprocessableMessage = (message: string, docs?: string): ApiError =>
  new ApiError(422, errorBody(422, message, docs))

/** 422 "Validation Failed" from a model validation, with GitHub's structured errors. */
export const validationFailed = (
  errors: Array<{ resource: string; code: string; field: string; message: string }>,
  docs?: string
): ApiError => new ApiError(422, errorBody(422, 'Validation Failed', docs, { errors }))
