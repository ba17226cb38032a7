// The shared AST toolkit for code rules: import everything from here.
//
//   parsing        parsePhpSource (parse.ts), extractBlade (blade.ts)
//   node shapes    isKind, isNode, isFunctionLike, isMemberLookup, memberName, returnsArray (nodes.ts)
//   traversal      walk, childrenOf, findAll, ParentIndex (walk.ts)
//   names          NameResolver, FQN, LARAVEL_FACADE_ALIASES, canonicalLaravelClass, sameName,
//                  classReference (names.ts)
//   call chains    flattenChain, enclosingChain, outermostCall, isMethodCall, chainHas, linkIndex (chain.ts)
//   arguments      argument, namedArgument, positionalArguments, hasSpread, stringValue, literalText,
//                  concatParts, arrayValue, arrayString, entryKey, arrayHasSpread, isNullLiteral (args.ts)
//   variables      variableName, variableDeclaration, variableTypes, variableHasType, assignedValue,
//                  traceValue, foreachSource, enclosingClass, enclosingClassTraits,
//                  thisPropertyDeclaration (variables.ts)
//   paths          localPathOrigin, isStoragePathLiteral, isUrlLike, LOCAL_PATH_HELPERS,
//                  tempPathOrigin, isTempPathLiteral (paths.ts)
//   positions      spanOf, spanBetween, callSpan, sourceText (span.ts)
export * from './nodes.js'
export * from './walk.js'
export * from './names.js'
export * from './chain.js'
export * from './args.js'
export * from './variables.js'
export * from './paths.js'
export * from './span.js'
export { parsePhpSource, isBladePath } from './parse.js'
export { extractBlade, LineIndex, matchParen, type BladeSegment, type BladeExtraction } from './blade.js'
export type { SourceFile, SourceComment, ParseProblem } from './source.js'
