import JavaScriptRules
import JSONValues
/// A parsed piece of template.
struct Node: Sendable {
    indirect enum Kind: Sendable {
        case text(String)
        case output(FilteredValue)
        case ifTag(branches: [Branch], elseBody: [Node]?)
        /// `unless`: the first branch renders when its condition is falsy, `elsif`
        /// branches when truthy.
        case unless(branches: [Branch], elseBody: [Node])
        case assign(String, FilteredValue)
        case capture(String, [Node])
        case raw(String)
        case echo(FilteredValue?)
        case block([Node])
        case liquid([Node])
        case increment(String)
        case decrement(String)
        case cycle(group: ValueExpr?, candidates: [ValueExpr])
        case breakTag
        case continueTag
        case nothing
    }

    struct Branch: Sendable {
        let condition: FilteredValue
        let body: [Node]
    }

    let kind: Kind
    /// Where the node's token starts (UTF-16 offset), for error positions.
    let offset: Int
}

/// Turns top-level tokens into nodes, tag by tag, as the LiquidJS parser does.
struct Parser {
    let input: [UInt16]
    var tokens: [TopToken]
    var index = 0
    var depth = 0
    static let maxDepth = 100

    /// Tags Segment's mapping kit disables.
    static let disabledTags: Set<String> = ["case", "for", "include", "layout", "render", "tablerow"]

    init(input: [UInt16], tokens: [TopToken]) {
        self.input = input
        self.tokens = tokens
    }

    mutating func next() -> TopToken? {
        guard index < tokens.count else { return nil }
        defer { index += 1 }
        return tokens[index]
    }

    mutating func parseAll() throws -> [Node] {
        var nodes: [Node] = []
        while let t = next() { nodes.append(try parseToken(t)) }
        return nodes
    }

    mutating func parseToken(_ token: TopToken) throws -> Node {
        do {
            depth += 1
            defer { depth -= 1 }
            if depth > Parser.maxDepth { throw LiquidFailure("tags nested too deeply") }
            switch token.kind {
            case .html:
                return Node(kind: .text(token.htmlContent(input)), offset: token.begin)
            case .output:
                var lx = Lexer(input, begin: token.contentBegin, end: token.contentEnd)
                return Node(kind: .output(try lx.readFilteredValue()), offset: token.begin)
            case .tag:
                return Node(kind: try parseTag(token), offset: token.begin)
            }
        } catch var f as LiquidFailure {
            if f.offset == nil { f.offset = token.begin }
            throw f
        }
    }

    private mutating func parseTag(_ t: TopToken) throws -> Node.Kind {
        if Parser.disabledTags.contains(t.name) { throw LiquidFailure("tag \"\(t.name)\" is disabled") }
        var lx = t.argsLexer(input)
        switch t.name {
        case "if": return try parseIf(t, &lx)
        case "unless": return try parseUnless(t, &lx)
        case "assign":
            let id = lx.readIdentifier()
            try lx.check(!id.text.isEmpty, "expected variable name")
            lx.skipBlank()
            try lx.check(lx.peek() == 0x3D, "expected \"=\"")
            lx.p += 1
            return .assign(id.text, try lx.readFilteredValue())
        case "capture":
            var name = lx.readIdentifier().text
            if name.isEmpty {
                guard let q = lx.readQuoted() else { throw lx.error("invalid capture name") }
                name = q
            }
            var body: [Node] = []
            while let tok = next() {
                if tok.kind == .tag && tok.name == "endcapture" { return .capture(name, body) }
                body.append(try parseToken(tok))
            }
            throw notClosed(t)
        case "comment":
            while let tok = next() {
                if tok.kind == .tag && tok.name == "endcomment" { return .nothing }
            }
            throw notClosed(t)
        case "raw":
            var text = ""
            while let tok = next() {
                if tok.kind == .tag && tok.name == "endraw" { return .raw(text) }
                text += tok.text(input)
            }
            throw notClosed(t)
        case "block":
            var body: [Node] = []
            while let tok = next() {
                if tok.kind == .tag && tok.name == "endblock" { return .block(body) }
                body.append(try parseToken(tok))
            }
            throw notClosed(t)
        case "echo":
            lx.skipBlank()
            return .echo(lx.atEnd ? nil : try lx.readFilteredValue())
        case "liquid":
            let lineTokens = try lx.readLiquidTagTokens()
            var sub = Parser(input: input, tokens: lineTokens)
            sub.depth = depth
            return .liquid(try sub.parseAll())
        case "increment": return .increment(lx.readIdentifier().text)
        case "decrement": return .decrement(lx.readIdentifier().text)
        case "cycle": return try parseCycle(t, &lx)
        case "break": return .breakTag
        case "continue": return .continueTag
        case "#":
            let args = lx.input[min(lx.p, lx.N)..<max(lx.p, lx.N)]
            if Parser.hasUncommentedLine(Array(args)) {
                throw LiquidFailure("every line of an inline comment must start with a '#' character")
            }
            return .nothing
        default:
            throw LiquidFailure("tag \"\(t.name)\" not found")
        }
    }

    private func notClosed(_ t: TopToken) -> LiquidFailure {
        LiquidFailure("tag \(t.text(input)) not closed")
    }

    /// `/\n\s*[^#\s]/`: a later line of an inline comment that does not start with `#`.
    static func hasUncommentedLine(_ u: [UInt16]) -> Bool {
        var i = 0
        while i < u.count {
            if u[i] == 0x0A {
                var k = i + 1
                while k < u.count && JSWhitespace.contains(UInt32(u[k])) { k += 1 }
                if k < u.count && u[k] != 0x23 { return true }
                // `\s*` may also stop earlier, before a blank that precedes other text;
                // the greedy scan above already covers those cases.
            }
            i += 1
        }
        return false
    }

    private mutating func parseIf(_ t: TopToken, _ lx: inout Lexer) throws -> Node.Kind {
        var branches: [Node.Branch] = []
        var condition = try lx.readFilteredValue()
        var body: [Node] = []
        var elseBody: [Node]?
        var inElse = false
        while let tok = next() {
            if tok.kind == .tag {
                switch tok.name {
                case "elsif":
                    if inElse { throw LiquidFailure("unexpected elsif after else") }
                    branches.append(.init(condition: condition, body: body))
                    var l2 = tok.argsLexer(input)
                    condition = try l2.readFilteredValue()
                    body = []
                    continue
                case "else":
                    try assertEmptyArgs(tok)
                    if inElse { throw LiquidFailure("duplicated else") }
                    inElse = true
                    elseBody = []
                    continue
                case "endif":
                    try assertEmptyArgs(tok)
                    branches.append(.init(condition: condition, body: body))
                    return .ifTag(branches: branches, elseBody: elseBody)
                default: break
                }
            }
            let node = try parseToken(tok)
            if inElse { elseBody?.append(node) } else { body.append(node) }
        }
        throw notClosed(t)
    }

    private func assertEmptyArgs(_ tok: TopToken) throws {
        let args = JSText.string(input[min(tok.argsBegin, tok.contentEnd)..<max(tok.argsBegin, tok.contentEnd)])
        if !args.isEmpty { throw LiquidFailure("unexpected \(JSONQuote.quote(args))") }
    }

    private mutating func parseUnless(_ t: TopToken, _ lx: inout Lexer) throws -> Node.Kind {
        var branches: [Node.Branch] = []
        var condition: FilteredValue? = try lx.readFilteredValue()
        var body: [Node] = []
        var elseBody: [Node] = []
        var elseCount = 0
        // Where template nodes go: the open branch, the first else, or nowhere.
        enum Sink { case branch, elseBody, discard }
        var sink = Sink.branch
        func closeBranch() {
            if let c = condition { branches.append(.init(condition: c, body: body)) }
            condition = nil
            body = []
        }
        while let tok = next() {
            if tok.kind == .tag {
                switch tok.name {
                case "elsif":
                    if elseCount > 0 {
                        sink = .discard
                        continue
                    }
                    closeBranch()
                    var l2 = tok.argsLexer(input)
                    condition = try l2.readFilteredValue()
                    sink = .branch
                    continue
                case "else":
                    closeBranch()
                    elseCount += 1
                    sink = elseCount == 1 ? .elseBody : .discard
                    continue
                case "endunless":
                    closeBranch()
                    return .unless(branches: branches, elseBody: elseBody)
                default: break
                }
            }
            let node = try parseToken(tok)
            switch sink {
            case .branch: body.append(node)
            case .elseBody: elseBody.append(node)
            case .discard: break
            }
        }
        throw notClosed(t)
    }

    private mutating func parseCycle(_ t: TopToken, _ lx: inout Lexer) throws -> Node.Kind {
        var candidates: [ValueExpr] = []
        var group: ValueExpr?
        let first = try lx.readValue()
        lx.skipBlank()
        if let first {
            if lx.peek() == 0x3A {
                group = first
                lx.p += 1
            } else {
                candidates.append(first)
            }
        }
        while !lx.atEnd {
            if let v = try lx.readValue() { candidates.append(v) }
            _ = lx.readTo([0x2C])
        }
        try lx.check(!candidates.isEmpty, "empty candidates: \"\(t.text(input))\"")
        return .cycle(group: group, candidates: candidates)
    }
}
