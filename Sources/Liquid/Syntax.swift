import JavaScriptRules
import JSONValues
/// A value in an expression: a literal, a range, or a property path.
indirect enum ValueExpr: Sendable {
    case literal(LValue)
    case range(ValueExpr, ValueExpr)
    /// A property path; without a base it starts from the variables in scope.
    case access(base: ValueExpr?, props: [PropExpr])
}

/// One step of a property path: `.name` or `[expression]`.
enum PropExpr: Sendable {
    case name(String)
    case expr(ValueExpr)
}

enum ExprToken: Sendable {
    case op(Operator)
    case value(ValueExpr)
}

/// An expression in postfix order (same-precedence operators associate to the right, as
/// in LiquidJS: `a or b and c` is `a or (b and c)`).
struct Expression: Sendable {
    let postfix: [ExprToken]

    init(tokens: [ExprToken]) {
        var out: [ExprToken] = []
        var ops: [Operator] = []
        for t in tokens {
            if case .op(let op) = t {
                while let top = ops.last, top.precedence > op.precedence {
                    out.append(.op(top))
                    ops.removeLast()
                }
                ops.append(op)
            } else {
                out.append(t)
            }
        }
        while let top = ops.popLast() { out.append(.op(top)) }
        postfix = out
    }

    var isValid: Bool { !postfix.isEmpty }
}

/// A filter argument: positional, or `key: value`.
enum FilterArg: Sendable {
    case positional(ValueExpr)
    case keyword(String, ValueExpr?)
}

/// `| name: args` with where its name starts.
struct FilterCall: Sendable {
    let name: String
    let args: [FilterArg]
    let offset: Int
    /// The filter, looked up once when parsing; nil for an unknown name (which passes its
    /// input through, as LiquidJS does without `strictFilters`).
    let impl: FilterImpl?

    init(name: String, args: [FilterArg], offset: Int) {
        self.name = name
        self.args = args
        self.offset = offset
        self.impl = FilterTable.filters[name]
    }
}

/// An expression followed by filters.
struct FilteredValue: Sendable {
    let initial: Expression
    let filters: [FilterCall]
    let offset: Int
}

/// A top-level token of the template: text, `{% tag %}` or `{{ output }}`.
struct TopToken: Sendable {
    enum Kind: Sendable { case html, tag, output }
    let kind: Kind
    let begin: Int
    let end: Int
    /// Content without delimiters, `-` markers and surrounding blanks.
    var contentBegin = 0
    var contentEnd = 0
    var trimLeftFlag = false
    var trimRightFlag = false
    /// For tags: the name, and where the arguments start.
    var name = ""
    var argsBegin = 0
    /// For text: code units trimmed off each side by whitespace control.
    var trimLeft = 0
    var trimRight = 0

    static func html(_ begin: Int, _ end: Int) -> TopToken {
        TopToken(kind: .html, begin: begin, end: end)
    }

    /// A delimited token's content range and trim markers.
    static func delimited(_ kind: Kind, _ input: [UInt16], begin: Int, end: Int, contentBegin: Int, contentEnd: Int) -> TopToken {
        var t = TopToken(kind: kind, begin: begin, end: end)
        let tl = contentBegin >= 0 && contentBegin < input.count && input[contentBegin] == 0x2D
        let tr = contentEnd - 1 >= 0 && contentEnd - 1 < input.count && input[contentEnd - 1] == 0x2D
        var l = tl ? contentBegin + 1 : contentBegin
        var r = tr ? contentEnd - 1 : contentEnd
        while l < r && CharClass.isBlank(input[l]) { l += 1 }
        while r > l && CharClass.isBlank(input[r - 1]) { r -= 1 }
        t.contentBegin = l
        t.contentEnd = r
        t.trimLeftFlag = tl
        t.trimRightFlag = tr
        return t
    }

    /// A tag token; reads its name (a tag must have one).
    static func makeTag(_ input: [UInt16], begin: Int, end: Int, contentBegin: Int, contentEnd: Int, inLiquidTag: Bool = false) throws -> TopToken {
        // Lines of `{% liquid %}` have no delimiters, but LiquidJS still strips `-` markers.
        var t = delimited(.tag, input, begin: begin, end: end, contentBegin: contentBegin, contentEnd: contentEnd)
        var lx = Lexer(input, begin: t.contentBegin, end: t.contentEnd)
        t.name = lx.readTagName()
        try lx.check(!t.name.isEmpty, inLiquidTag ? "illegal liquid tag syntax" : "illegal tag syntax, tag name expected")
        lx.skipBlank()
        t.argsBegin = lx.p
        return t
    }

    /// A lexer over the tag's arguments.
    func argsLexer(_ input: [UInt16]) -> Lexer { Lexer(input, begin: argsBegin, end: contentEnd) }

    func text(_ input: [UInt16]) -> String {
        let lo = max(0, min(begin, input.count)), hi = max(lo, min(end, input.count))
        return JSText.string(input[lo..<hi])
    }

    /// Text content after whitespace control.
    func htmlContent(_ input: [UInt16]) -> String {
        let lo = begin + trimLeft, hi = end - trimRight
        guard lo < hi else { return "" }
        return JSText.string(input[max(0, lo)..<min(hi, input.count)])
    }
}

/// Splits a whole template into top-level tokens, as LiquidJS does, then applies
/// whitespace control (`{%-`, `-%}`, `{{-`, `-}}`: greedy, all blanks including newlines).
struct TopLevelTokenizer {
    static let tagLeft: [UInt16] = Array("{%".utf16)
    static let tagRight: [UInt16] = Array("%}".utf16)
    static let outLeft: [UInt16] = Array("{{".utf16)
    static let outRight: [UInt16] = Array("}}".utf16)

    var lx: Lexer
    var rawBeginAt = -1

    init(_ input: [UInt16]) { lx = Lexer(input) }

    mutating func tokenize() throws -> [TopToken] {
        var tokens: [TopToken] = []
        while lx.p < lx.N { tokens.append(try readTopLevelToken()) }
        Self.whitespaceControl(&tokens, lx.input)
        return tokens
    }

    private mutating func readTopLevelToken() throws -> TopToken {
        if rawBeginAt > -1 { return try readEndrawOrRawContent() }
        if lx.match(Self.tagLeft) { return try readTagToken() }
        if lx.match(Self.outLeft) { return try readOutputToken() }
        let begin = lx.p
        while lx.p < lx.N {
            if lx.match(Self.tagLeft) || lx.match(Self.outLeft) { break }
            lx.p += 1
        }
        return .html(begin, lx.p)
    }

    private mutating func readTagToken() throws -> TopToken {
        let begin = lx.p
        if lx.readToDelimiter(Self.tagRight) == -1 {
            throw lx.error("tag \(lx.snapshot(begin)) not closed", at: begin)
        }
        let t = try TopToken.makeTag(lx.input, begin: begin, end: lx.p, contentBegin: begin + 2, contentEnd: lx.p - 2)
        if t.name == "raw" { rawBeginAt = begin }
        return t
    }

    private mutating func readOutputToken() throws -> TopToken {
        let begin = lx.p
        if lx.readToDelimiter(Self.outRight, respectQuoted: true) == -1 {
            throw lx.error("output \(lx.snapshot(begin)) not closed", at: begin)
        }
        return .delimited(.output, lx.input, begin: begin, end: lx.p, contentBegin: begin + 2, contentEnd: lx.p - 2)
    }

    private mutating func readEndrawOrRawContent() throws -> TopToken {
        let begin = lx.p
        var leftPos = lx.readTo(Self.tagLeft) - 2
        while lx.p < lx.N {
            if lx.readIdentifier().text != "endraw" {
                leftPos = lx.readTo(Self.tagLeft) - 2
                continue
            }
            while lx.p <= lx.N {
                if lx.rmatch(Self.tagRight) {
                    let end = lx.p
                    if begin == leftPos {
                        rawBeginAt = -1
                        return try TopToken.makeTag(lx.input, begin: begin, end: end, contentBegin: begin + 2, contentEnd: end - 2)
                    } else {
                        lx.p = leftPos
                        return .html(begin, leftPos)
                    }
                }
                if lx.rmatch(Self.tagLeft) { break }
                lx.p += 1
            }
        }
        throw lx.error("raw \(lx.snapshot(rawBeginAt)) not closed", at: begin)
    }

    static func whitespaceControl(_ tokens: inout [TopToken], _ input: [UInt16]) {
        var inRaw = false
        func blankAt(_ i: Int) -> Bool { i >= 0 && i < input.count && CharClass.isBlank(input[i]) }
        for i in tokens.indices {
            let t = tokens[i]
            guard t.kind != .html else { continue }
            if !inRaw && t.trimLeftFlag && i > 0 && tokens[i - 1].kind == .html {
                while blankAt(tokens[i - 1].end - 1 - tokens[i - 1].trimRight) { tokens[i - 1].trimRight += 1 }
            }
            if t.kind == .tag {
                if t.name == "raw" { inRaw = true } else if t.name == "endraw" { inRaw = false }
            }
            if !inRaw && t.trimRightFlag && i + 1 < tokens.count && tokens[i + 1].kind == .html {
                while blankAt(tokens[i + 1].begin + tokens[i + 1].trimLeft) { tokens[i + 1].trimLeft += 1 }
                let k = tokens[i + 1].begin + tokens[i + 1].trimLeft
                if k < input.count && input[k] == 0x0A { tokens[i + 1].trimLeft += 1 }
            }
        }
    }
}
