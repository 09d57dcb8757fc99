/// Turns tokens into a ``SyntaxNode`` tree.
///
/// Grammar (lowest precedence first):
///
///     trigger    := or
///     or         := and ( "or" and )*
///     and        := unary ( "and" unary )*
///     unary      := "!" unary | comparison
///     comparison := primary ( ( "=" | "!=" | "<" | "<=" | ">" | ">=" | "in" ) primary )?
///     primary    := "(" or ")" | string | number | "true" | "false" | "null"
///                 | "[" ( primary ( "," primary )* )? "]"
///                 | name "(" ( or ( "," or )* )? ")" | field-path
struct Parser {
    let bytes: [UInt8]
    let tokens: [Token]
    var index = 0
    var depth = 0
    let maxDepth: Int

    init(bytes: [UInt8], tokens: [Token], maxDepth: Int) {
        self.bytes = bytes
        self.tokens = tokens
        self.maxDepth = maxDepth
    }

    var current: Token { tokens[min(index, tokens.count - 1)] }

    func error(_ message: String, at offset: Int) -> TriggerError {
        TriggerError(message: message, column: Lexer.column(of: offset, in: bytes))
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func describe(_ t: Token) -> String {
        if case .end = t.kind { return "the end of the trigger" }
        return "'\(text(t.start, t.end))'"
    }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    /// Parses a whole trigger.
    mutating func parseTrigger() throws(TriggerError) -> SyntaxNode {
        if case .end = current.kind {
            throw error("empty trigger: expected a condition", at: current.start)
        }
        let node = try parseOr()
        if case .end = current.kind {} else {
            if case .field = node.unwrapped.kind, !isGroup(node) {
                throw error("expected an operator after \(describeNode(node)), found \(describe(current))", at: current.start)
            }
            if case .comma = current.kind {
                throw error("unexpected ','; use 'and' or 'or' to combine conditions", at: current.start)
            }
            if case .path(let segs) = current.kind, segs.count == 1,
               ["and", "or", "in", "null", "true", "false"].contains(segs[0].lowercased()) {
                throw error("keywords are lower-case: write '\(segs[0].lowercased())', not '\(segs[0])'", at: current.start)
            }
            throw error("expected 'and', 'or' or the end of the trigger, found \(describe(current))", at: current.start)
        }
        if case .field = node.kind {
            throw error("expected an operator and a value after \(describeNode(node)) (value token is missing)", at: node.end)
        }
        try requireCondition(node)
        return node
    }

    func isGroup(_ n: SyntaxNode) -> Bool {
        if case .group = n.kind { return true }
        return false
    }

    func describeNode(_ n: SyntaxNode) -> String { "'\(text(n.start, n.end))'" }

    /// Rejects expressions that can never be a condition (a string, a number, a list…).
    func requireCondition(_ n: SyntaxNode) throws(TriggerError) {
        switch n.staticType {
        case .bool, .any: return
        default:
            throw error("expected a condition, found \(n.staticType.word) \(text(n.start, n.end))", at: n.start)
        }
    }

    mutating func enter(at offset: Int) throws(TriggerError) {
        depth += 1
        if depth > maxDepth {
            throw error("the trigger nests deeper than \(maxDepth) levels", at: offset)
        }
    }

    mutating func parseOr() throws(TriggerError) -> SyntaxNode {
        let first = try parseAnd()
        guard case .or = current.kind else { return first }
        try requireCondition(first)
        var items = [first]
        while case .or = current.kind {
            advance()
            if case .end = current.kind {
                throw error("expected a condition after 'or'", at: current.start)
            }
            let next = try parseAnd()
            try requireCondition(next)
            items.append(next)
        }
        return SyntaxNode(kind: .or(items), start: first.start, end: items[items.count - 1].end)
    }

    mutating func parseAnd() throws(TriggerError) -> SyntaxNode {
        let first = try parseUnary()
        guard case .and = current.kind else { return first }
        try requireCondition(first)
        var items = [first]
        while case .and = current.kind {
            advance()
            if case .end = current.kind {
                throw error("expected a condition after 'and'", at: current.start)
            }
            let next = try parseUnary()
            try requireCondition(next)
            items.append(next)
        }
        return SyntaxNode(kind: .and(items), start: first.start, end: items[items.count - 1].end)
    }

    mutating func parseUnary() throws(TriggerError) -> SyntaxNode {
        if case .bang = current.kind {
            let bang = current
            advance()
            try enter(at: bang.start)
            defer { depth -= 1 }
            if case .end = current.kind {
                throw error("expected a condition after '!'", at: current.start)
            }
            let operand = try parseUnary()
            try requireCondition(operand)
            return SyntaxNode(kind: .not(operand), start: bang.start, end: operand.end)
        }
        return try parseComparison()
    }

    mutating func parseComparison() throws(TriggerError) -> SyntaxNode {
        let left = try parsePrimary(context: nil)
        switch current.kind {
        case .compare(let op):
            advance()
            let right = try parsePrimary(context: "after '\(op.rawValue)'")
            return SyntaxNode(kind: .compare(op, left, right), start: left.start, end: right.end)
        case .in:
            advance()
            let right = try parsePrimary(context: "after 'in'")
            switch right.staticType {
            case .list, .any: break
            default:
                throw error("the right side of 'in' must be a list, found \(right.staticType.word) \(text(right.start, right.end))", at: right.start)
            }
            return SyntaxNode(kind: .inList(left, right), start: left.start, end: right.end)
        default:
            return left
        }
    }

    /// Whether `t` can start a primary expression.
    func startsPrimary(_ t: Token) -> Bool {
        switch t.kind {
        case .leftParen, .string, .number, .true, .false, .null, .leftBracket, .path: return true
        default: return false
        }
    }

    mutating func parsePrimary(context: String?) throws(TriggerError) -> SyntaxNode {
        let t = current
        guard startsPrimary(t) else {
            if let context {
                if case .end = t.kind { throw error("expected a value \(context)", at: t.start) }
                throw error("expected a value \(context), found \(describe(t))", at: t.start)
            }
            if case .end = t.kind { throw error("expected a condition", at: t.start) }
            throw error("expected a condition, found \(describe(t))", at: t.start)
        }
        switch t.kind {
        case .leftParen:
            advance()
            try enter(at: t.start)
            defer { depth -= 1 }
            if case .rightParen = current.kind {
                throw error("expected a condition inside '()'", at: current.start)
            }
            let inner = try parseOr()
            guard case .rightParen = current.kind else {
                let col = Lexer.column(of: t.start, in: bytes)
                throw error("expected ')' to close the '(' at column \(col), found \(describe(current))", at: current.start)
            }
            let close = current
            advance()
            return SyntaxNode(kind: .group(inner), start: t.start, end: close.end)
        case .string(let s):
            advance()
            return SyntaxNode(kind: .string(s), start: t.start, end: t.end)
        case .number(let d):
            advance()
            return SyntaxNode(kind: .number(d), start: t.start, end: t.end)
        case .true, .false:
            advance()
            return SyntaxNode(kind: .bool(t.kind == .true), start: t.start, end: t.end)
        case .null:
            advance()
            return SyntaxNode(kind: .null, start: t.start, end: t.end)
        case .leftBracket:
            advance()
            try enter(at: t.start)
            defer { depth -= 1 }
            var items: [SyntaxNode] = []
            if case .rightBracket = current.kind {} else {
                while true {
                    items.append(try parsePrimary(context: "in the list"))
                    if case .comma = current.kind { advance(); continue }
                    break
                }
            }
            guard case .rightBracket = current.kind else {
                throw error("expected ',' or ']' in the list, found \(describe(current))", at: current.start)
            }
            let close = current
            advance()
            return SyntaxNode(kind: .list(items), start: t.start, end: close.end)
        case .path(let segments):
            advance()
            if case .leftParen = current.kind, segments.count == 1 {
                return try parseCall(name: segments[0], nameToken: t)
            }
            return SyntaxNode(kind: .field(segments), start: t.start, end: t.end)
        default:
            throw error("expected a value, found \(describe(t))", at: t.start)
        }
    }

    mutating func parseCall(name: String, nameToken: Token) throws(TriggerError) -> SyntaxNode {
        guard let function = FQLFunction(rawValue: name) else {
            let known = FQLFunction.allCases.map(\.rawValue).joined(separator: ", ")
            throw error("unknown function '\(name)' (known: \(known))", at: nameToken.start)
        }
        let open = current
        advance()
        try enter(at: open.start)
        defer { depth -= 1 }
        var args: [SyntaxNode] = []
        if case .rightParen = current.kind {} else {
            while true {
                if case .comma = current.kind {
                    throw error("expected an argument of \(name)(), found ','", at: current.start)
                }
                if case .rightParen = current.kind {
                    throw error("expected an argument of \(name)() after ','", at: current.start)
                }
                if case .end = current.kind { break }
                args.append(try parseOr())
                if case .comma = current.kind { advance(); continue }
                break
            }
        }
        guard case .rightParen = current.kind else {
            let col = Lexer.column(of: open.start, in: bytes)
            throw error("expected ',' or ')' to close \(name)( at column \(col), found \(describe(current))", at: current.start)
        }
        let close = current
        advance()
        if args.count != function.arity {
            let wanted = function.arity == 1 ? "1 argument" : "\(function.arity) arguments"
            throw error("\(name)() takes \(wanted), got \(args.count)", at: nameToken.start)
        }
        return SyntaxNode(kind: .call(function, args), start: nameToken.start, end: close.end)
    }
}
