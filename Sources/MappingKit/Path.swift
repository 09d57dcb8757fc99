import JavaScriptRules
import JSONValues

/// A pre-split lookup path, resolved the way the reference's `get()` resolves one.
///
/// Splitting rules (from the reference): `.` separates segments; `[` separates only when
/// followed by a quote or a digit; a run of `]` separates only when preceded by a quote or
/// a digit (so `[txt] non` is one key); empty segments are dropped and every `'`/`"` is
/// removed from the rest. `""` and `"."` denote the whole value.
struct Path: Sendable, Equatable {
    /// One step of a path: an object key, with its array index when it is one (the step
    /// `JSONAddress` walks by).
    typealias Segment = JSONAddress.Step

    let segments: [Segment]

    /// A path from `get()` syntax.
    init(getSyntax path: String) {
        segments = path.isEmpty || path == "." ? [] : Path.split(path).map { Segment(key: $0, index: ArrayIndex.offset($0)) }
    }

    /// A path as the `@path` directive writes it: the first `$.` is removed first.
    init(directiveSyntax path: String) {
        self.init(getSyntax: Path.removingFirstRootMarker(path))
    }

    /// The path text with its first occurrence of `$.` removed (JavaScript's
    /// `path.replace('$.', '')`).
    static func removingFirstRootMarker(_ path: String) -> String {
        let bytes = Array(path.utf8)
        guard bytes.count >= 2 else { return path }
        for i in 0..<(bytes.count - 1) where bytes[i] == UInt8(ascii: "$") && bytes[i + 1] == UInt8(ascii: ".") {
            var out = bytes[0..<i]
            out.append(contentsOf: bytes[(i + 2)...])
            return String(decoding: out, as: UTF8.self)
        }
        return path
    }

    private static func isQuoteOrDigit(_ u: Unicode.Scalar) -> Bool {
        u == "'" || u == "\"" || (u.value >= 48 && u.value <= 57)
    }

    /// Splits `get()` path text into keys.
    static func split(_ path: String) -> [String] {
        let scalars = Array(path.unicodeScalars)
        var out: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                var key = String.UnicodeScalarView()
                for u in current where u != "'" && u != "\"" { key.append(u) }
                out.append(String(key))
                current = String.UnicodeScalarView()
            }
        }
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            if u == "." {
                flush(); i += 1; continue
            }
            if u == "[", i + 1 < scalars.count, isQuoteOrDigit(scalars[i + 1]) {
                flush(); i += 1; continue
            }
            if u == "]", i > 0, isQuoteOrDigit(scalars[i - 1]) {
                flush()
                while i < scalars.count, scalars[i] == "]" { i += 1 }
                continue
            }
            current.append(u)
            i += 1
        }
        flush()
        return out
    }

    /// The value at this path in `root`, or `nil` (undefined).
    ///
    /// Like the reference (`prev && prev[key]`), a walk that meets a falsy value (`null`,
    /// `false`, `0`, `""`) stops there and yields that value.
    @inline(__always)
    func lookup(in root: JSON?) -> JSON? {
        // Through objects and arrays by address (see `JSONAddress`), so that only the
        // value found is copied; anything else met on the way (a string, `null`, a
        // boolean, a number, an array's `length`) follows the reference's rules in `step`.
        // The root is matched in place: binding the payload of a borrowed value copies
        // nothing, where taking the root's address would.
        switch root {
        case .none:
            return nil
        case .some(.object(let o)) where !segments.isEmpty:
            return segments.withUnsafeBufferPointer { value(at: JSONAddress.follow($0, in: o)) }
        case .some(let value):
            return step(value, 0)
        }
    }

    /// The value where a walk by address along this path stopped: the value reached, or
    /// absent, or what the reference's rules give from the value that blocked it.
    @inline(__always)
    func value(at stop: JSONAddress.Stop) -> JSON? {
        switch stop {
        case .reached(let value): return value.pointee
        case .absent: return nil
        case .blocked(let value, let i): return step(value.pointee, i)
        }
    }

    /// One step of the walk, from segment `i` on, with every rule of the reference's `get()`.
    private func step(_ current: JSON, _ i: Int) -> JSON? {
        if i == segments.count { return current }
        let segment = segments[i]
        switch current {
        case .object(let o):
            guard let next = o[segment.key] else { return nil }
            return step(next, i + 1)
        case .array(let a):
            if let index = segment.index {
                guard index < a.count else { return nil }
                return step(a[index], i + 1)
            } else if segment.key == "length" {
                return step(.int(a.count), i + 1)
            }
            return nil
        case .string(let s):
            if s.isEmpty { return current }
            if let index = segment.index {
                guard let unit = JSText.unit(s, at: index) else { return nil }
                return step(.string(unit), i + 1)
            } else if segment.key == "length" {
                return step(.int(JSText.length(s)), i + 1)
            }
            return nil
        case .null:
            return current
        // `JSON` is `ExpressibleByNilLiteral`, so a bare `nil` in a ternary would become
        // `.null`; the absent result is spelled out.
        case .bool(let b):
            if b { return Optional<JSON>.none }
            return current
        case .number(let n):
            if n.doubleValue == 0 { return current }
            return Optional<JSON>.none
        }
    }
}
