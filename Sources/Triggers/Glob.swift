import JSONValues

/// A compiled glob pattern for `match()`: `*` (any run of characters), `?` (one
/// character), `[abc]`, `[a-z]`, `[!a-z]` / `[^a-z]` (sets), `\x` (a literal `x`).
///
/// Matching works on UTF-8 bytes, one Unicode scalar per character, and only ever
/// backtracks to the most recent `*`, so it takes at most O(text × pattern) steps: no
/// pattern can make it blow up.
///
/// Sets are read by one of two rule books (``SetSyntax``): the trigger language's lenient
/// one, or Segment's server-side glob (Go's `path.Match` rules), which destination
/// filters stored as tsub's intermediate representation follow.
package struct Glob: Sendable {
    /// How `[...]` sets are read.
    package enum SetSyntax: Sendable {
        /// The trigger language's rules: `!` or `^` negates; a `-` first or last, or one
        /// that cannot form a range, is a literal; a trailing `\` is a literal backslash.
        case lenient
        /// Segment's glob (Go's `path.Match`): only `^` negates; an unescaped `-` or `]`
        /// where a character is expected, `[]`, an unclosed set and a trailing `\` are
        /// malformed; a range that runs backwards matches nothing.
        case segment
    }

    enum Item: Sendable, Equatable {
        /// A run of literal bytes.
        case literal([UInt8])
        /// `?`: one character.
        case one
        /// `*`: any run of characters, possibly empty.
        case star
        /// `[...]`: one character in (or, negated, not in) the ranges.
        case set([ClosedRange<UInt32>], negated: Bool)
    }

    /// A malformed pattern, with the byte offset in the pattern.
    package struct PatternError: Error, Sendable {
        package let message: String
        package let offset: Int
    }

    let items: [Item]
    /// The pattern split at its stars, ready for linear-time matching.
    let search: GlobSearch

    /// Compiles `pattern`, reading its sets by `sets`.
    package init(_ pattern: String, sets: SetSyntax = .lenient) throws(PatternError) {
        let p = Array(pattern.utf8)
        var items: [Item] = []
        var literal: [UInt8] = []
        func flush() {
            if !literal.isEmpty { items.append(.literal(literal)); literal = [] }
        }
        var i = 0
        while i < p.count {
            let c = p[i]
            switch c {
            case 0x2A:  // *
                flush()
                if items.last != .star { items.append(.star) }
                i += 1
            case 0x3F:  // ?
                flush()
                items.append(.one)
                i += 1
            case 0x5C:  // \
                if i + 1 < p.count {
                    let n = Glob.scalarLength(p[i + 1])
                    let stop = min(p.count, i + 1 + n)
                    literal.append(contentsOf: p[(i + 1)..<stop])
                    i = stop
                } else if sets == .segment {
                    throw PatternError(message: "the pattern ends with a lone '\\'", offset: i)
                } else {
                    literal.append(c)  // a trailing backslash stands for itself
                    i += 1
                }
            case 0x5B where sets == .segment:  // [
                flush()
                let (ranges, negated, next) = try Glob.segmentSet(p, open: i)
                items.append(.set(ranges, negated: negated))
                i = next
            case 0x5B:  // [
                flush()
                let open = i
                i += 1
                var negated = false
                if i < p.count, p[i] == 0x21 || p[i] == 0x5E { negated = true; i += 1 }
                var ranges: [ClosedRange<UInt32>] = []
                var closed = false
                while i < p.count {
                    if p[i] == 0x5D { closed = true; i += 1; break }
                    if p[i] == 0x5C { i += 1 }
                    guard i < p.count else { break }
                    let (lo, n1) = Glob.decode(p, i)
                    i += n1
                    var hi = lo
                    if i + 1 < p.count, p[i] == 0x2D, p[i + 1] != 0x5D {
                        i += 1
                        if p[i] == 0x5C { i += 1 }
                        guard i < p.count else { break }
                        let (h, n2) = Glob.decode(p, i)
                        i += n2
                        hi = h
                    }
                    guard lo <= hi else {
                        throw PatternError(message: "the range in '[...]' runs backwards", offset: open)
                    }
                    ranges.append(lo...hi)
                }
                guard closed else { throw PatternError(message: "'[' is never closed with ']'", offset: open) }
                guard !ranges.isEmpty else { throw PatternError(message: "'[]' lists no characters", offset: open) }
                items.append(.set(ranges, negated: negated))
            default:
                literal.append(c)
                i += 1
            }
        }
        flush()
        self.items = items
        self.search = GlobSearch(items)
    }

    /// Reads a set by Segment's rules from the `[` at `open`: its ranges (backward ones
    /// left out: they match nothing), whether `^` negates it, and where it ends.
    static func segmentSet(_ p: [UInt8], open: Int) throws(PatternError) -> ([ClosedRange<UInt32>], Bool, Int) {
        var i = open + 1
        let negated = i < p.count && p[i] == 0x5E
        if negated { i += 1 }
        /// One set character: escaped or not `-`/`]`, and never the pattern's last byte
        /// (the set would be left open).
        func character() throws(PatternError) -> UInt32 {
            guard i < p.count else { throw PatternError(message: "'[' is never closed with ']'", offset: open) }
            guard p[i] != 0x2D, p[i] != 0x5D else {
                throw PatternError(message: "'[...]' expects a character here (escape '-' and ']' with '\\')", offset: open)
            }
            if p[i] == 0x5C { i += 1 }
            guard i < p.count else { throw PatternError(message: "'[' is never closed with ']'", offset: open) }
            let (c, n) = Glob.decode(p, i)
            i += n
            guard i < p.count else { throw PatternError(message: "'[' is never closed with ']'", offset: open) }
            return c
        }
        var ranges: [ClosedRange<UInt32>] = []
        var count = 0
        while !(i < p.count && p[i] == 0x5D && count > 0) {
            let lo = try character()
            var hi = lo
            if p[i] == 0x2D {
                i += 1
                hi = try character()
            }
            if lo <= hi { ranges.append(lo...hi) }
            count += 1
        }
        return (ranges, negated, i + 1)
    }

    static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }

    /// The scalar starting at `i` and its length in bytes (invalid bytes decode as themselves).
    @inline(__always)
    static func decode<C: RandomAccessCollection>(_ p: C, _ i: Int) -> (UInt32, Int) where C.Element == UInt8, C.Index == Int {
        let lead = p[i]
        let n = scalarLength(lead)
        guard n > 1, i + n <= p.endIndex else { return (UInt32(lead), 1) }
        var v: UInt32
        switch n {
        case 2: v = UInt32(lead & 0x1F)
        case 3: v = UInt32(lead & 0x0F)
        default: v = UInt32(lead & 0x07)
        }
        for k in 1..<n { v = (v << 6) | UInt32(p[i + k] & 0x3F) }
        return (v, n)
    }

    /// What the reference dialect can express of this pattern: `text*` (starts with) or
    /// `*text` (ends with); `nil` for anything else.
    enum Shape: Equatable { case prefix(String), suffix(String) }

    var referenceShape: Shape? {
        switch items.count {
        case 1:
            if items[0] == .star { return .prefix("") }
        case 2:
            if case .literal(let b) = items[0], items[1] == .star { return .prefix(String(decoding: b, as: UTF8.self)) }
            if items[0] == .star, case .literal(let b) = items[1] { return .suffix(String(decoding: b, as: UTF8.self)) }
        default: break
        }
        return nil
    }

    /// Whether the pattern matches the whole of `text`.
    package func matches(_ text: String) -> Bool {
        ExactText.withBytes(text) { matches(bytes: $0) }
    }

    /// Whether the pattern matches the whole of the UTF-8 bytes `s` (see ``GlobSearch``).
    func matches(bytes s: UnsafeBufferPointer<UInt8>) -> Bool {
        search.matches(s)
    }

    /// The classic matcher that backtracks to the last `*`. Correct, but O(text ×
    /// segment) when a long run between stars keeps almost matching (`*aaaa…ab*` against
    /// a long run of `a`s); kept to check ``matches(bytes:)`` against in tests.
    func backtrackingMatches(bytes s: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = s.count
        var i = 0  // item
        var p = 0  // byte position
        var starItem = -1
        var starPos = 0
        while true {
            if i < items.count {
                switch items[i] {
                case .star:
                    starItem = i
                    starPos = p
                    i += 1
                    continue
                case .literal(let lit):
                    if p + lit.count <= n {
                        var ok = true
                        for k in 0..<lit.count where s[p + k] != lit[k] { ok = false; break }
                        if ok { p += lit.count; i += 1; continue }
                    }
                case .one:
                    if p < n { p += Glob.decode(s, p).1; i += 1; continue }
                case .set(let ranges, let negated):
                    if p < n {
                        let (v, len) = Glob.decode(s, p)
                        var inSet = false
                        for r in ranges where r.contains(v) { inSet = true; break }
                        if inSet != negated { p += len; i += 1; continue }
                    }
                }
            } else if p == n {
                return true
            }
            // Mismatch: let the last star swallow one more character, or fail.
            guard starItem >= 0, starPos < n else { return false }
            starPos += Glob.decode(s, starPos).1
            p = starPos
            i = starItem + 1
        }
    }
}
