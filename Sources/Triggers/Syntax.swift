/// A parsed trigger expression with the byte range of source it covers.
struct SyntaxNode: Sendable {
    indirect enum Kind: Sendable {
        /// A field path, one element per segment.
        case field([String])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
        /// A list literal `[a, b]`.
        case list([SyntaxNode])
        case call(FQLFunction, [SyntaxNode])
        case compare(CompareOperator, SyntaxNode, SyntaxNode)
        /// `left in right`.
        case inList(SyntaxNode, SyntaxNode)
        case not(SyntaxNode)
        case and([SyntaxNode])
        case or([SyntaxNode])
        /// A parenthesised subexpression.
        case group(SyntaxNode)
    }

    let kind: Kind
    let start: Int
    let end: Int

    /// What the expression can evaluate to, as far as the parser can tell.
    var staticType: StaticType {
        switch kind {
        case .field: return .any
        case .string: return .string
        case .number: return .number
        case .bool: return .bool
        case .null: return .null
        case .list: return .list
        case .call(let f, _): return f.resultType
        case .compare, .inList, .not, .and, .or: return .bool
        case .group(let inner): return inner.staticType
        }
    }

    /// The node without any enclosing parentheses.
    var unwrapped: SyntaxNode {
        if case .group(let inner) = kind { return inner.unwrapped }
        return self
    }
}

/// The type of an expression known before evaluation (`any` for fields).
enum StaticType: String, Sendable {
    case bool, string, number, list, null, any

    var word: String {
        switch self {
        case .bool: return "a condition"
        case .string: return "a string"
        case .number: return "a number"
        case .list: return "a list"
        case .null: return "null"
        case .any: return "a value"
        }
    }
}

/// The functions of the language.
enum FQLFunction: String, Sendable, CaseIterable {
    case contains, match, length, lowercase, uppercase, snakecase, kebabcase, titlecase, typeof, bool, string, number

    var arity: Int {
        switch self {
        case .contains, .match: return 2
        default: return 1
        }
    }

    var resultType: StaticType {
        switch self {
        case .contains, .match, .bool: return .bool
        case .length, .number: return .number
        case .lowercase, .uppercase, .snakecase, .kebabcase, .titlecase, .typeof, .string: return .string
        }
    }
}
