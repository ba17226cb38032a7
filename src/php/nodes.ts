// Narrow, accurate views of the php-parser 3.7 AST nodes the rules use. php-parser's own
// types.d.ts declares classes that do not discriminate on `kind` and are wrong in places (e.g.
// `Call.what`), so rules narrow with `isKind(node, 'call')` and get these shapes instead.

export interface PhpPosition {
  /** 1-based. */
  line: number
  /** 0-based, as php-parser reports it (use spanOf() for 1-based spans). */
  column: number
  offset: number
}

export interface PhpLocation {
  source: string | null
  start: PhpPosition
  end: PhpPosition
}

export interface PhpNode {
  kind: string
  loc: PhpLocation | null
  leadingComments?: PhpComment[] | null
  trailingComments?: PhpComment[] | null
  /** Set by php-parser when the expression was written in parentheses. */
  parenthesizedExpression?: boolean
}

export interface PhpComment extends PhpNode {
  kind: 'commentline' | 'commentblock'
  value: string
}

export interface ProgramNode extends PhpNode {
  kind: 'program'
  children: PhpNode[]
  errors: ErrorNode[]
  comments: PhpComment[] | null
}

export interface ErrorNode extends PhpNode {
  kind: 'error'
  message: string
  line: number
}

export interface IdentifierNode extends PhpNode {
  kind: 'identifier'
  name: string
}

/** `uqn` Foo, `qn` Foo\Bar, `fqn` \Foo\Bar, `rn` namespace\Foo. */
export type NameResolution = 'uqn' | 'qn' | 'fqn' | 'rn'

export interface NameNode extends PhpNode {
  kind: 'name'
  /** As written: `\env` keeps its backslash, `namespace\env` is reported as `env` with resolution `rn`. */
  name: string
  resolution: NameResolution
}

export interface TypeReferenceNode extends PhpNode {
  kind: 'typereference'
  name: string
  raw: string
}

export interface UnionTypeNode extends PhpNode {
  kind: 'uniontype' | 'intersectiontype'
  types: PhpNode[]
}

export interface VariableNode extends PhpNode {
  kind: 'variable'
  /** A string for `$x`; a node for `${expr}` / `$$x`. */
  name: string | PhpNode
  curly: boolean
  byref?: boolean
}

export interface CallNode extends PhpNode {
  kind: 'call'
  what: PhpNode
  arguments: PhpNode[]
}

export interface NewNode extends PhpNode {
  kind: 'new'
  what: PhpNode
  arguments: PhpNode[]
}

export type LookupKind = 'propertylookup' | 'nullsafepropertylookup' | 'staticlookup' | 'offsetlookup'

export interface LookupNode extends PhpNode {
  kind: LookupKind
  what: PhpNode
  /** An `identifier` for `->name` / `::name`, an expression for `->{$x}` and `[...]`, null for `$a[]`. */
  offset: PhpNode | null
}

export interface NamedArgumentNode extends PhpNode {
  kind: 'namedargument'
  name: string
  value: PhpNode
}

export interface VariadicNode extends PhpNode {
  kind: 'variadic'
  what: PhpNode
}

export interface StringNode extends PhpNode {
  kind: 'string'
  value: string
  raw: string
  isDoubleQuote: boolean
}

export interface NowDocNode extends PhpNode {
  kind: 'nowdoc'
  value: string
  raw: string
  label: string
}

export interface EncapsedNode extends PhpNode {
  kind: 'encapsed'
  value: EncapsedPartNode[]
  raw: string
  /** `string`, `heredoc` (php-parser also reports nowdoc as heredoc) or `shell`. */
  type: string
}

export interface EncapsedPartNode extends PhpNode {
  kind: 'encapsedpart'
  expression: PhpNode
  syntax: 'simple' | 'complex' | null
  curly: boolean
}

export interface NumberNode extends PhpNode {
  kind: 'number'
  value: string
}

export interface BooleanNode extends PhpNode {
  kind: 'boolean'
  value: boolean
}

export interface BinNode extends PhpNode {
  kind: 'bin'
  type: string
  left: PhpNode
  right: PhpNode
}

export interface AssignNode extends PhpNode {
  kind: 'assign'
  left: PhpNode
  right: PhpNode
  operator: string
}

export interface ArrayNode extends PhpNode {
  kind: 'array'
  items: PhpNode[]
  shortForm: boolean
}

export interface EntryNode extends PhpNode {
  kind: 'entry'
  key: PhpNode | null
  value: PhpNode
  byRef: boolean
  unpack: boolean
}

export interface ParameterNode extends PhpNode {
  kind: 'parameter'
  /** Null after a syntax error (`function f(int) {}`). */
  name: IdentifierNode | null
  type: PhpNode | null
  nullable: boolean
  value: PhpNode | null
  variadic: boolean
  /** Non-zero for a constructor-promoted parameter (`private Repo $repo`): the visibility flags. */
  flags?: number
}

export interface FunctionLikeNode extends PhpNode {
  kind: 'function' | 'method' | 'closure' | 'arrowfunc'
  arguments: ParameterNode[]
  /** Closures only. */
  uses?: VariableNode[]
  /** function/method: identifier; closures have none. */
  name?: IdentifierNode | string
  body: PhpNode | null
  isStatic?: boolean
}

export interface ClassLikeNode extends PhpNode {
  kind: 'class' | 'interface' | 'trait' | 'enum'
  name: IdentifierNode | null
  extends?: PhpNode | PhpNode[] | null
  body: PhpNode[]
}

export interface NamespaceNode extends PhpNode {
  kind: 'namespace'
  name: string
  children: PhpNode[]
  withBrackets: boolean
}

export interface UseGroupNode extends PhpNode {
  kind: 'usegroup'
  /** The `A\B` of `use A\B\{C, D}`, null for plain `use A\B\C`. */
  name: string | null
  type: 'function' | 'const' | null
  items: UseItemNode[]
}

export interface UseItemNode extends PhpNode {
  kind: 'useitem'
  name: string
  alias: IdentifierNode | null
  /** Set for mixed group uses: `use A\{B, function c}`. */
  type: 'function' | 'const' | null
}

export interface ExpressionStatementNode extends PhpNode {
  kind: 'expressionstatement'
  expression: PhpNode
}

export interface EchoNode extends PhpNode {
  kind: 'echo'
  expressions: PhpNode[]
}

export interface BlockNode extends PhpNode {
  kind: 'block'
  children: PhpNode[]
}

export interface ReturnNode extends PhpNode {
  kind: 'return'
  expr: PhpNode | null
}

export interface NullKeywordNode extends PhpNode {
  kind: 'nullkeyword'
  raw: string
}

export interface ForeachNode extends PhpNode {
  kind: 'foreach'
  source: PhpNode
  key: PhpNode | null
  /** A variable, or a `list`/array destructuring pattern. */
  value: PhpNode | null
  body: PhpNode | null
  shortForm: boolean
}

export interface TraitUseNode extends PhpNode {
  kind: 'traituse'
  traits: PhpNode[]
}

export interface PropertyStatementNode extends PhpNode {
  kind: 'propertystatement'
  properties: PropertyNode[]
  isStatic: boolean
}

export interface PropertyNode extends PhpNode {
  kind: 'property'
  name: IdentifierNode | string
  value: PhpNode | null
  type: PhpNode | null
  nullable: boolean
}

export interface InlineNode extends PhpNode {
  kind: 'inline'
  value: string
}

/** kind → node shape, for isKind(). Kinds not listed narrow to PhpNode. */
export interface KindMap {
  program: ProgramNode
  error: ErrorNode
  identifier: IdentifierNode
  name: NameNode
  typereference: TypeReferenceNode
  uniontype: UnionTypeNode
  intersectiontype: UnionTypeNode
  variable: VariableNode
  call: CallNode
  new: NewNode
  propertylookup: LookupNode
  nullsafepropertylookup: LookupNode
  staticlookup: LookupNode
  offsetlookup: LookupNode
  namedargument: NamedArgumentNode
  variadic: VariadicNode
  string: StringNode
  nowdoc: NowDocNode
  encapsed: EncapsedNode
  encapsedpart: EncapsedPartNode
  number: NumberNode
  boolean: BooleanNode
  bin: BinNode
  assign: AssignNode
  array: ArrayNode
  entry: EntryNode
  parameter: ParameterNode
  function: FunctionLikeNode
  method: FunctionLikeNode
  closure: FunctionLikeNode
  arrowfunc: FunctionLikeNode
  class: ClassLikeNode
  interface: ClassLikeNode
  trait: ClassLikeNode
  enum: ClassLikeNode
  namespace: NamespaceNode
  usegroup: UseGroupNode
  useitem: UseItemNode
  expressionstatement: ExpressionStatementNode
  echo: EchoNode
  block: BlockNode
  return: ReturnNode
  inline: InlineNode
  nullkeyword: NullKeywordNode
  foreach: ForeachNode
  traituse: TraitUseNode
  propertystatement: PropertyStatementNode
  property: PropertyNode
  commentline: PhpComment
  commentblock: PhpComment
}

export function isKind<K extends keyof KindMap>(node: unknown, kind: K): node is KindMap[K] {
  return isNode(node) && node.kind === kind
}

/** Any value that looks like a php-parser node (an object with a string `kind`). */
export function isNode(value: unknown): value is PhpNode {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string'
}

export function isFunctionLike(node: unknown): node is FunctionLikeNode {
  return (
    isNode(node) &&
    (node.kind === 'function' ||
      node.kind === 'method' ||
      node.kind === 'closure' ||
      node.kind === 'arrowfunc')
  )
}

/** `->x`, `?->x`, `::x` (not array offsets). */
export function isMemberLookup(node: unknown): node is LookupNode {
  return (
    isNode(node) &&
    (node.kind === 'propertylookup' || node.kind === 'nullsafepropertylookup' || node.kind === 'staticlookup')
  )
}

/** The identifier text of `->name` / `::name`, null when the member name is dynamic. */
export function memberName(lookup: LookupNode): string | null {
  const offset = lookup.offset
  if (isKind(offset, 'identifier')) return offset.name
  // `$a->{'name'}()` is rare but static: accept a plain string literal.
  if (isKind(offset, 'string')) return offset.value
  return null
}

/** Whether the file's top level (or a namespace's) returns an array literal, as a config file does. */
export function returnsArray(program: PhpNode): boolean {
  const statements = (node: PhpNode): PhpNode[] => (node as PhpNode & { children?: PhpNode[] }).children ?? []
  for (const statement of statements(program)) {
    const inner = isKind(statement, 'namespace') ? statements(statement) : [statement]
    if (inner.some((s) => isKind(s, 'return') && isKind(s.expr, 'array'))) return true
  }
  return false
}
