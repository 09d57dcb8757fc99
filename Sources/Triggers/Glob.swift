/// A compiled glob pattern for `match()`: `*` (any run of characters), `?` (one
/// character), `[abc]`, `[a-z]`, `[!a-z]` / `[^a-z]` (sets), `\x` (a literal `x`).
///
/// Matching works on UTF-8 bytes, one Unicode scalar per character, and only ever
/// backtracks to the most recent `*`, so it takes at most O(text × pattern) steps: no
/// pattern can make it blow up.
struct Glob: Sendable {
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
    struct PatternError: Error, Sendable {
        let message: String
        let offset: Int
    }

    let items: [Item]
    /// The pattern split at its stars, ready for linear-time matching.
    let search: GlobSearch

    init(_ pattern: String) throws(PatternError) {
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
                } else {
                    literal.append(c)  // a trailing backslash stands for itself
                    i += 1
                }
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
    func matches(_ text: String) -> Bool {
        TextOps.withBytes(text) { matches(bytes: $0) }
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
