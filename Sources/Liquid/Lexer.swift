import JavaScriptRules
import JSONValues
/// Character classes of the LiquidJS tokenizer.
enum CharClass {
    static let word: UInt8 = 1
    static let op: UInt8 = 2
    static let blank: UInt8 = 4
    static let quote: UInt8 = 8
    static let inlineBlank: UInt8 = 16
    static let number: UInt8 = 32
    static let sign: UInt8 = 64
    static let punctuation: UInt8 = 128

    private static let ascii: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 128)
        t[9] = 20; t[10] = 4; t[11] = 4; t[12] = 4; t[13] = 20; t[32] = 20
        t[33] = 2; t[34] = 8; t[39] = 8; t[43] = 64; t[45] = 65
        for c in 48...57 { t[c] = 33 }
        t[60] = 2; t[61] = 2; t[62] = 2; t[63] = 1
        for c in 65...90 { t[c] = 1 }
        t[95] = 1
        for c in 97...122 { t[c] = 1 }
        return t
    }()

    /// The class bits of a UTF-16 code unit (0 for unknown).
    @inline(__always) static func of(_ c: UInt16) -> UInt8 {
        if c < 128 { return ascii[Int(c)] }
        switch c {
        case 160, 5760, 6158, 8192...8202, 8232, 8233, 8239, 8287, 12288: return blank
        case 8220, 8221: return punctuation
        default: return 0
        }
    }

    /// Word characters: ASCII letters, digits, `_`, `-`, `?`, and every non-ASCII unit
    /// that is not a blank or a curly quote.
    @inline(__always) static func isWord(_ c: UInt16?) -> Bool {
        guard let c else { return false }
        if c >= 128 { return of(c) == 0 }
        return ascii[Int(c)] & word != 0
    }

    @inline(__always) static func isBlank(_ c: UInt16?) -> Bool {
        guard let c else { return false }
        return of(c) & blank != 0
    }
}

/// An error while parsing or rendering, before its place in the template is known.
struct LiquidFailure: Error {
    var message: String
    /// UTF-16 offset into the template; `nil` until the enclosing token supplies it.
    var offset: Int?

    init(_ message: String, at offset: Int? = nil) {
        self.message = message
        self.offset = offset
    }
}

/// The operators of expressions, by precedence.
enum Operator: String, Sendable, CaseIterable {
    case eq = "==", ne = "!=", gt = ">", lt = "<", ge = ">=", le = "<="
    case contains, not, and, or

    var precedence: Int {
        switch self {
        case .eq, .ne, .gt, .lt, .ge, .le, .contains: return 2
        case .not: return 1
        case .and, .or: return 0
        }
    }

    var isUnary: Bool { self == .not }
}

/// A scanner over a range of the template, ported from the LiquidJS tokenizer so that
/// the same templates are accepted and the same positions are reported.
struct Lexer {
    let input: [UInt16]
    var p: Int
    let N: Int
    /// Nesting depth of ranges and brackets being read (bounded).
    var depth = 0
    static let maxDepth = 100

    init(_ input: [UInt16], begin: Int = 0, end: Int? = nil) {
        self.input = input
        self.p = begin
        self.N = end ?? input.count
    }

    // MARK: characters

    @inline(__always) func peek(_ n: Int = 0) -> UInt16? {
        let i = p + n
        return i >= N || i < 0 || i >= input.count ? nil : input[i]
    }

    @inline(__always) func peekType(_ n: Int = 0) -> UInt8 {
        guard let c = peek(n) else { return 0 }
        return CharClass.of(c)
    }

    var atEnd: Bool { p >= N }

    mutating func read() -> UInt16? {
        let c = peek()
        p += 1
        return c
    }

    mutating func skipBlank() {
        while peekType() & CharClass.blank != 0 { p += 1 }
    }

    /// Whether the template has `word` at `p`.
    func match(_ word: [UInt16]) -> Bool {
        for (i, c) in word.enumerated() {
            let k = p + i
            if k >= input.count || input[k] != c { return false }
        }
        return true
    }

    /// Whether the text just before `p` is `pattern`.
    func rmatch(_ pattern: [UInt16]) -> Bool {
        for i in 0..<pattern.count {
            let k = p - 1 - i
            if k < 0 || k >= input.count || input[k] != pattern[pattern.count - 1 - i] { return false }
        }
        return true
    }

    /// Advances past the next `end`; returns the position after it, or -1 at the end.
    mutating func readTo(_ end: [UInt16]) -> Int {
        while p < N {
            p += 1
            if rmatch(end) { return p }
        }
        return -1
    }

    func text(_ a: Int, _ b: Int) -> String {
        let lo = max(0, min(a, input.count)), hi = max(lo, min(b, input.count))
        return JSText.string(input[lo..<hi])
    }

    /// The rest of the range, quoted and shortened, for error messages.
    func snapshot(_ begin: Int? = nil) -> String {
        let lo = max(0, min(begin ?? p, input.count)), hi = max(lo, min(N, input.count))
        var u = Array(input[lo..<hi])
        if u.count > 32 { u = Array(u[0..<29]) + Array("...".utf16) }
        return JSONQuote.quote(units: u)
    }

    func error(_ message: String, at pos: Int? = nil) -> LiquidFailure {
        LiquidFailure(message, at: pos ?? p)
    }

    /// Throws `message` at the current position unless `ok`. (Compute `ok` before the
    /// call when it moves the position: arguments are evaluated after `self` is read.)
    func check(_ ok: Bool, _ message: @autoclosure () -> String) throws {
        if !ok { throw error(message()) }
    }

    // MARK: words

    mutating func readIdentifier() -> (begin: Int, text: String) {
        skipBlank()
        let begin = p
        while !atEnd && CharClass.isWord(peek()) { p += 1 }
        return (begin, text(begin, p))
    }

    mutating func readTagName() -> String {
        skipBlank()
        if peek() == 0x23 { p += 1; return "#" }
        return readIdentifier().text
    }

    /// Longest match of `words` at `p` (after blanks), honouring word boundaries.
    mutating func matchWord<T>(_ words: [(units: [UInt16], value: T)]) -> (end: Int, value: T)? {
        var best: (end: Int, value: T, last: UInt16)?
        for (w, v) in words where p + w.count <= N {
            var ok = true
            for (i, c) in w.enumerated() where input[p + i] != c { ok = false; break }
            if ok, w.count > (best.map { $0.end - p } ?? -1) {
                best = (p + w.count, v, w[w.count - 1])
            }
        }
        guard let b = best else { return nil }
        if CharClass.isWord(b.last) && CharClass.isWord(b.end < N ? input[b.end] : nil) { return nil }
        return (b.end, b.value)
    }

    static let operatorWords: [(units: [UInt16], value: Operator)] =
        Operator.allCases.map { (Array($0.rawValue.utf16), $0) }

    static let literalWords: [(units: [UInt16], value: LValue)] = [
        (Array("true".utf16), .bool(true)), (Array("false".utf16), .bool(false)),
        (Array("nil".utf16), .drop(.nilDrop)), (Array("null".utf16), .drop(.nilDrop)),
        (Array("empty".utf16), .drop(.empty)), (Array("blank".utf16), .drop(.blank)),
    ]

    // MARK: expressions

    mutating func readOperator() -> Operator? {
        skipBlank()
        guard let m = matchWord(Lexer.operatorWords) else { return nil }
        p = m.end
        return m.value
    }

    mutating func readExpression() throws -> Expression {
        var tokens: [ExprToken] = []
        while p < N {
            if let op = readOperator() { tokens.append(.op(op)); continue }
            if let v = try readValue() { tokens.append(.value(v)); continue }
            break
        }
        return Expression(tokens: tokens)
    }

    mutating func readFilteredValue() throws -> FilteredValue {
        let begin = p
        let initial = try readExpression()
        try check(initial.isValid, "invalid value expression: \(snapshot())")
        let filters = try readFilters()
        return FilteredValue(initial: initial, filters: filters, offset: begin)
    }

    mutating func readFilters() throws -> [FilterCall] {
        var out: [FilterCall] = []
        while let f = try readFilter() { out.append(f) }
        return out
    }

    mutating func readFilter() throws -> FilterCall? {
        skipBlank()
        if atEnd { return nil }
        let bar = read()
        try check(bar == 0x7C, "expected \"|\" before filter")
        let name = readIdentifier()
        if name.text.isEmpty {
            try check(atEnd, "expected filter name")
            return nil
        }
        var args: [FilterArg] = []
        skipBlank()
        if peek() == 0x3A {
            repeat {
                p += 1
                if let arg = try readFilterArg() { args.append(arg) }
                skipBlank()
                try check(atEnd || peek() == 0x2C || peek() == 0x7C, "unexpected character \(snapshot())")
            } while peek() == 0x2C
        } else if peek() == 0x7C || atEnd {
            // no arguments
        } else {
            throw error("expected \":\" after filter name")
        }
        return FilterCall(name: name.text, args: args, offset: name.begin)
    }

    mutating func readFilterArg() throws -> FilterArg? {
        let begin = p
        guard let key = try readValue() else { return nil }
        skipBlank()
        if peek() != 0x3A { return .positional(key) }
        let keyText = text(skipBlankFrom(begin), keyEnd)
        p += 1
        let value = try readValue()
        return .keyword(keyText, value)
    }

    /// Where the last value read ended (set by `readValue`).
    private(set) var keyEnd = 0

    func skipBlankFrom(_ i: Int) -> Int {
        var k = i
        while k < N && CharClass.isBlank(input[k]) { k += 1 }
        return k
    }

    mutating func readValue() throws -> ValueExpr? {
        skipBlank()
        depth += 1
        defer { depth -= 1 }
        try check(depth <= Lexer.maxDepth, "expression nested too deeply")
        let base: ValueExpr?
        if let lit = readLiteral() {
            base = .literal(lit)
        } else if let q = readQuoted() {
            base = .literal(.string(q))
        } else if let r = try readRange() {
            base = r
        } else if let n = readNumber() {
            base = .literal(.number(n))
        } else {
            base = nil
        }
        let props = try readProperties(isBegin: base == nil)
        keyEnd = p
        if props.isEmpty { return base }
        return .access(base: base, props: props)
    }

    /// A property path with no literal base, as `where` reads its property argument.
    mutating func readScopeValue() throws -> ValueExpr? {
        skipBlank()
        let props = try readProperties(isBegin: true)
        return props.isEmpty ? nil : .access(base: nil, props: props)
    }

    private mutating func readProperties(isBegin: Bool) throws -> [PropExpr] {
        var props: [PropExpr] = []
        while true {
            if peek() == 0x5B {
                p += 1
                let prop: PropExpr = try readValue().map { .expr($0) } ?? .name("")
                let closed = readTo([0x5D]) != -1
                try check(closed, "[ not closed")
                props.append(prop)
                continue
            }
            if isBegin && props.isEmpty {
                let id = readIdentifier()
                if !id.text.isEmpty {
                    props.append(.name(id.text))
                    continue
                }
            }
            if peek() == 0x2E && peek(1) != 0x2E {
                p += 1
                let id = readIdentifier()
                if id.text.isEmpty { break }
                props.append(.name(id.text))
                continue
            }
            break
        }
        return props
    }

    mutating func readNumber() -> JSONNumber? {
        skipBlank()
        var decimalFound = false
        var digitFound = false
        var n = 0
        if peekType() & CharClass.sign != 0 { n += 1 }
        while p + n <= N {
            if peekType(n) & CharClass.number != 0 {
                digitFound = true
                n += 1
            } else if peek(n) == 0x2E && peek(n + 1) != 0x2E {
                if decimalFound || !digitFound { return nil }
                decimalFound = true
                n += 1
            } else {
                break
            }
        }
        guard digitFound, !CharClass.isWord(peek(n)) else { return nil }
        let s = text(p, p + n)
        p += n
        // A number in a template is a JavaScript number (a double).
        return JSONNumber(NumberFromText.number(s))
    }

    mutating func readLiteral() -> LValue? {
        skipBlank()
        guard let m = matchWord(Lexer.literalWords) else { return nil }
        p = m.end
        return m.value
    }

    mutating func readRange() throws -> ValueExpr? {
        skipBlank()
        guard peek() == 0x28 else { return nil }
        p += 1
        let lhs = try readValueOrThrow()
        skipBlank()
        // As in LiquidJS, the second dot is only read when the first is there.
        let dots = read() == 0x2E && read() == 0x2E
        try check(dots, "invalid range syntax")
        let rhs = try readValueOrThrow()
        skipBlank()
        let closed = read() == 0x29
        try check(closed, "invalid range syntax")
        return .range(lhs, rhs)
    }

    mutating func readValueOrThrow() throws -> ValueExpr {
        guard let v = try readValue() else { throw error("unexpected token \(snapshot()), value expected") }
        return v
    }

    /// A quoted string (its decoded content), or nil when no quote is at `p`.
    mutating func readQuoted() -> String? {
        skipBlank()
        let begin = p
        guard peekType() & CharClass.quote != 0 else { return nil }
        p += 1
        var escaped = false
        while p < N {
            p += 1
            let c = input[p - 1]
            if c == input[begin] && !escaped { break }
            if escaped { escaped = false } else if c == 0x5C { escaped = true }
        }
        return Lexer.parseStringLiteral(input, begin, p)
    }

    /// Decodes a quoted literal spanning `[begin, end)`, quotes included, as LiquidJS does.
    static func parseStringLiteral(_ input: [UInt16], _ begin: Int, _ end: Int) -> String {
        var out: [UInt16] = []
        func at(_ i: Int) -> UInt16? { i < end && i >= begin ? input[i] : nil }
        func isHex(_ c: UInt16?) -> Bool {
            guard let c else { return false }
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
        }
        func isOct(_ c: UInt16?) -> Bool { guard let c else { return false }; return c >= 0x30 && c <= 0x37 }
        var i = begin + 1
        while i < end - 1 {
            let c = input[i]
            if c != 0x5C { out.append(c); i += 1; continue }
            let next = at(i + 1)
            switch next {
            case 0x62: out.append(0x08); i += 2
            case 0x66: out.append(0x0C); i += 2
            case 0x6E: out.append(0x0A); i += 2
            case 0x72: out.append(0x0D); i += 2
            case 0x74: out.append(0x09); i += 2
            case 0x76: out.append(0x0B); i += 2
            case 0x75:
                var val: UInt32 = 0
                var j = i + 2
                while j <= i + 5, isHex(at(j)), let h = at(j), let d = NumberFromText.digitValue(h) {
                    val = val * 16 + UInt32(d)
                    j += 1
                }
                out.append(UInt16(truncatingIfNeeded: val))
                i = j
            default:
                if !isOct(next) {
                    if let n = next { out.append(n) }
                    i += 2
                } else {
                    var val: UInt32 = 0
                    var j = i + 1
                    while j <= i + 3, isOct(at(j)), let o = at(j) {
                        val = val * 8 + UInt32(o - 0x30)
                        j += 1
                    }
                    out.append(UInt16(truncatingIfNeeded: val))
                    i = j
                }
            }
        }
        return JSText.string(out)
    }

    // MARK: hashes (block names, liquid lines)

    /// Reads the lines of a `{% liquid %}` tag as tag tokens.
    mutating func readLiquidTagTokens() throws -> [TopToken] {
        var tokens: [TopToken] = []
        while p < N {
            skipBlank()
            if atEnd { break }
            let begin = p
            _ = readToDelimiter([0x0A])
            let end = p
            tokens.append(try TopToken.makeTag(input, begin: begin, end: end, contentBegin: begin, contentEnd: end, inLiquidTag: true))
        }
        return tokens
    }

    /// Advances past the next `delimiter` (skipping quoted strings when asked).
    mutating func readToDelimiter(_ delimiter: [UInt16], respectQuoted: Bool = false) -> Int {
        skipBlank()
        while p < N {
            if respectQuoted && peekType() & CharClass.quote != 0 {
                _ = readQuoted()
                continue
            }
            p += 1
            if rmatch(delimiter) { return p }
        }
        return -1
    }
}
