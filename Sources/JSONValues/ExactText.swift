#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// String equality as JavaScript has it: two strings are equal when their code units are,
/// which for valid Unicode is when their UTF-8 bytes are.
///
/// Swift's `String ==` is canonical equivalence: precomposed "Ḋ" (U+1E0A) equals "D" +
/// U+0307, and the Kelvin sign U+212A equals "K". Object keys and string values compared
/// that way would merge distinct members and let `properties.K` read a look-alike key, so
/// everything that compares JSON text uses these instead. No normalisation, no allocation.
@usableFromInline
package enum ExactText {
    /// Calls `body` with the string's UTF-8 bytes, contiguous (native and small strings
    /// are; anything else is copied once).
    @inlinable @inline(__always)
    package static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let r = try s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return try Array(s.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether `a` and `b` have the same UTF-8 bytes (JavaScript `===` on strings).
    ///
    /// Object keys are nearly always small strings (up to 15 UTF-8 bytes, held inline),
    /// whose two words are their bytes, zero-padded, and a discriminator made of their
    /// length and flags derived from those bytes. Two small strings are therefore equal
    /// exactly when their words are, which decides most comparisons in a few
    /// instructions; `ExactTextLayoutTests` checks that premise on every platform built.
    @inlinable @inline(__always)
    package static func equal(_ a: String, _ b: String) -> Bool {
        #if _pointerBitWidth(_64)
        let x = unsafeBitCast(a, to: (UInt64, UInt64).self)
        let y = unsafeBitCast(b, to: (UInt64, UInt64).self)
        if x == y { return true }  // the same small string, or the same storage
        if x.1 & y.1 & smallFlag != 0 { return false }  // two different small strings
        if (x.1 | y.1) & smallFlag != 0 {
            // One small string (at most 15 bytes) against a longer one: a lookup of a long
            // key in an object of short keys is decided here, without the byte comparison.
            let other = x.1 & smallFlag != 0 ? b : a
            if other.utf8.count > smallCapacity { return false }
        }
        #endif
        return bytesEqual(a, b)
    }

    /// `s` as a small string when it is short enough to be one (at most 15 UTF-8 bytes)
    /// and is held in heap storage (built by appending to a reserved string, say), else
    /// `s` itself. Object keys are kept this way, so that a small key is found by
    /// comparing words alone.
    @inlinable @inline(__always)
    package static func compact(_ s: String) -> String {
        #if _pointerBitWidth(_64)
        let x = unsafeBitCast(s, to: (UInt64, UInt64).self)
        if _fastPath(x.1 & smallFlag != 0) { return s }
        if s.utf8.count > smallCapacity { return s }
        return small(s)
        #else
        return s
        #endif
    }

    /// A new string with the bytes of `s` (at most 15): a small one.
    @usableFromInline @inline(never)
    static func small(_ s: String) -> String {
        var copy = s
        return copy.withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    /// The discriminator bit that marks a small (inline) string, on 64-bit platforms.
    @inlinable static var smallFlag: UInt64 { 1 << 61 }

    /// The most UTF-8 bytes a small string holds, on 64-bit platforms.
    @inlinable static var smallCapacity: Int { 15 }

    /// Whether the bytes of `a` and `b` are the same, compared in memory. Kept out of line,
    /// so that loops calling ``equal(_:_:)`` stay small.
    @usableFromInline @inline(never)
    package static func bytesEqual(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        return withBytes(a) { pa in
            withBytes(b) { pb in pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0 }
        }
    }
}

/// A string as a dictionary or set key, compared and hashed by its UTF-8 bytes (see
/// ``ExactText``): the key type of every index over JSON object keys.
@usableFromInline
package struct ExactKey: Hashable, Sendable {
    /// The text.
    @usableFromInline package let string: String

    /// Wraps `string`.
    @inlinable package init(_ string: String) { self.string = string }

    @inlinable package static func == (a: ExactKey, b: ExactKey) -> Bool { ExactText.equal(a.string, b.string) }

    @inlinable package func hash(into hasher: inout Hasher) {
        ExactText.withBytes(string) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension ExactKey: ExpressibleByStringLiteral {
    /// A key written in the source, such as a known member name.
    @inlinable package init(stringLiteral value: String) { self.init(value) }
}

extension Set where Element == ExactKey {
    /// Whether the set holds exactly `string`, byte for byte.
    @inlinable package func contains(exactly string: String) -> Bool { contains(ExactKey(string)) }

    /// The keys sorted and joined with commas (`a, b, c`), for messages listing what is allowed.
    package var sortedList: String { map(\.string).sorted().joined(separator: ", ") }
}
