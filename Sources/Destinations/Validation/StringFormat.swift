/// The string formats a field's `format` checks, as the reference's validator checks them
/// (JSON Schema's `format`, with the ajv-formats rules in their full mode).
///
/// A format applies to string values only, after coercion (so a number given to a string
/// field with `format: "email"` becomes its text, which then fails). A format not listed
/// here (`ipv6`, `uri-reference`, `duration`, …) is not checked.
public enum StringFormat: String, Sendable, CaseIterable {
    /// RFC 3339 `full-date "T" full-time`: a real calendar date and a time. As in the
    /// reference's ajv-formats (2.1), the time zone may be left out.
    case dateTime = "date-time"
    /// RFC 3339 `full-date` (`2024-02-29`), a real calendar date.
    case date
    /// RFC 3339 time (`13:45:00`, `13:45:00.5+02:00`); the zone may be left out.
    case time
    /// An address `local@domain.tld`: dot-separated atoms, a domain of two labels or more.
    case email
    /// A DNS host name: labels of 1 to 63 letters, digits and inner hyphens, 253 at most.
    case hostname
    /// Four decimal numbers from 0 to 255.
    case ipv4
    /// An absolute URI (RFC 3986): a scheme, then an authority or a path, a query, a fragment.
    case uri
    /// A UUID, `8-4-4-4-12` hex digits, with or without `urn:uuid:`.
    case uuid

    /// How messages name it (`must be a valid date and time string`).
    var label: String {
        switch self {
        case .dateTime: return "date and time"
        case .email: return "email address"
        case .ipv4: return "IPv4 address"
        case .uri: return "URI"
        case .date, .time, .hostname, .uuid: return rawValue
        }
    }

    /// Whether `text` has this format.
    public func accepts(_ text: String) -> Bool {
        let b = Array(text.utf8)
        switch self {
        case .date: return Self.isDate(b[...])
        case .time: return Self.isTime(b[...], zoneRequired: false)
        case .dateTime:
            // Split at every `T`, `t` or white space (JavaScript's `\s`): exactly two parts.
            let parts = text.unicodeScalars.split(omittingEmptySubsequences: false) { $0 == "T" || $0 == "t" || Self.isJSSpace($0) }
            guard parts.count == 2 else { return false }
            return Self.isDate(Array(String(parts[0]).utf8)[...]) && Self.isTime(Array(String(parts[1]).utf8)[...], zoneRequired: false)
        case .email: return Self.isEmail(b)
        case .hostname: return Self.isHostname(b)
        case .ipv4: return Self.isIPv4(b[...])
        case .uri: return Self.isURI(b)
        case .uuid: return Self.isUUID(b)
        }
    }

    // MARK: Dates and times

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isHex(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x66) }
    private static func isAlpha(_ c: UInt8) -> Bool { c | 0x20 >= 0x61 && c | 0x20 <= 0x7A }
    /// JavaScript's `\s`: ASCII white space and the Unicode space separators, line and
    /// paragraph separators, no-break spaces and the byte order mark.
    private static func isJSSpace(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// The number written by the digits `b[range]`, all of them digits.
    private static func number(_ b: ArraySlice<UInt8>) -> Int? {
        guard !b.isEmpty, b.allSatisfy(isDigit) else { return nil }
        return b.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    private static func isDate(_ b: ArraySlice<UInt8>) -> Bool {
        let s = b.startIndex
        guard b.count == 10, b[s + 4] == 0x2D, b[s + 7] == 0x2D,
              let year = number(b[s..<s + 4]), let month = number(b[s + 5..<s + 7]), let day = number(b[s + 8..<s + 10]),
              (1...12).contains(month) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day >= 1 && day <= days
    }

    private static func isTime(_ b: ArraySlice<UInt8>, zoneRequired: Bool) -> Bool {
        let s = b.startIndex
        guard b.count >= 8, b[s + 2] == 0x3A, b[s + 5] == 0x3A,
              let hour = number(b[s..<s + 2]), let minute = number(b[s + 3..<s + 5]), let second = number(b[s + 6..<s + 8])
        else { return false }
        var i = s + 8
        if i < b.endIndex, b[i] == 0x2E {  // fraction: at least one digit
            i += 1
            let start = i
            while i < b.endIndex, isDigit(b[i]) { i += 1 }
            guard i > start else { return false }
        }
        let zone = b[i...]
        var zoneOK: Bool
        if zone.isEmpty {
            zoneOK = !zoneRequired
        } else if zone.count == 1, zone.first! | 0x20 == 0x7A {  // z or Z
            zoneOK = true
        } else if zone.first == 0x2B || zone.first == 0x2D {  // +hh, +hhmm, +hh:mm
            let rest = zone.dropFirst()
            switch rest.count {
            case 2: zoneOK = rest.allSatisfy(isDigit)
            case 4: zoneOK = rest.allSatisfy(isDigit)
            case 5: zoneOK = rest[rest.startIndex + 2] == 0x3A && rest.enumerated().allSatisfy { $0.offset == 2 || isDigit($0.element) }
            default: zoneOK = false
            }
        } else {
            zoneOK = false
        }
        let clock = (hour <= 23 && minute <= 59 && second <= 59) || (hour == 23 && minute == 59 && second == 60)
        return clock && zoneOK
    }

    // MARK: Names and addresses

    private static func isAtomCharacter(_ c: UInt8) -> Bool {
        isAlpha(c) || isDigit(c) || Array("!#$%&'*+/=?^_`{|}~-".utf8).contains(c)
    }

    /// A domain label as an email address's domain has it: alphanumerics, inner hyphens.
    private static func isLabel(_ l: ArraySlice<UInt8>, maxLength: Int) -> Bool {
        guard let first = l.first, let last = l.last, l.count <= maxLength else { return false }
        let alnum = { (c: UInt8) in isAlpha(c) || isDigit(c) }
        return alnum(first) && alnum(last) && l.allSatisfy { alnum($0) || $0 == 0x2D }
    }

    private static func isEmail(_ b: [UInt8]) -> Bool {
        guard let at = b.firstIndex(of: 0x40), b.lastIndex(of: 0x40) == at else { return false }
        let local = b[..<at].split(separator: 0x2E, omittingEmptySubsequences: false)
        guard local.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isAtomCharacter) }) else { return false }
        let labels = b[(at + 1)...].split(separator: 0x2E, omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { isLabel($0, maxLength: Int.max) }
    }

    private static func isHostname(_ b: [UInt8]) -> Bool {
        var name = b[...]
        if name.last == 0x2E { name = name.dropLast() }
        guard (1...253).contains(name.count) else { return false }
        return name.split(separator: 0x2E, omittingEmptySubsequences: false).allSatisfy { isLabel($0, maxLength: 63) }
    }

    private static func isIPv4(_ b: ArraySlice<UInt8>) -> Bool {
        let parts = b.split(separator: 0x2E, omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { $0.count <= 3 && (number($0).map { $0 <= 255 } ?? false) }
    }

    private static func isUUID(_ b: [UInt8]) -> Bool {
        var s = b[...]
        if s.count == 45, String(decoding: s.prefix(9), as: UTF8.self).lowercased() == "urn:uuid:" { s = s.dropFirst(9) }
        let groups = s.split(separator: 0x2D, omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(isHex) }
    }

    // MARK: URIs (RFC 3986)

    private static func isUnreserved(_ c: UInt8) -> Bool { isAlpha(c) || isDigit(c) || c == 0x2D || c == 0x2E || c == 0x5F || c == 0x7E }
    private static func isSubDelim(_ c: UInt8) -> Bool { Array("!$&'()*+,;=".utf8).contains(c) }

    /// Whether `b[range]` is made of characters `allowed` and `%HH` escapes.
    private static func isEncoded(_ b: ArraySlice<UInt8>, _ allowed: (UInt8) -> Bool) -> Bool {
        var i = b.startIndex
        while i < b.endIndex {
            if b[i] == 0x25 {
                guard i + 2 < b.endIndex, isHex(b[i + 1]), isHex(b[i + 2]) else { return false }
                i += 3
            } else {
                guard allowed(b[i]) else { return false }
                i += 1
            }
        }
        return true
    }

    private static func isPathCharacter(_ c: UInt8) -> Bool { isUnreserved(c) || isSubDelim(c) || c == 0x3A || c == 0x40 }

    /// `*( "/" segment )`.
    private static func isPathAbempty(_ b: ArraySlice<UInt8>) -> Bool {
        guard !b.isEmpty else { return true }
        guard b.first == 0x2F else { return false }
        return isEncoded(b, { isPathCharacter($0) || $0 == 0x2F })
    }

    /// `[ userinfo "@" ] host [ ":" port ]` then a path-abempty.
    private static func isAuthorityAndPath(_ b: ArraySlice<UInt8>) -> Bool {
        let end = b.firstIndex(of: 0x2F) ?? b.endIndex
        var authority = b[b.startIndex..<end]
        if let at = authority.firstIndex(of: 0x40) {
            guard isEncoded(authority[..<at], { isUnreserved($0) || isSubDelim($0) || $0 == 0x3A }) else { return false }
            authority = authority[(at + 1)...]
        }
        var host = authority
        var port = authority[authority.endIndex...]
        if authority.first == 0x5B {  // [IP-literal]
            guard let close = authority.firstIndex(of: 0x5D) else { return false }
            let literal = authority[(authority.startIndex + 1)..<close]
            let ipv6 = literal.contains(0x3A) && literal.allSatisfy { isHex($0) || $0 == 0x3A || $0 == 0x2E }
            let future = literal.first.map { $0 | 0x20 == 0x76 } == true && literal.dropFirst().contains(0x2E)
            guard ipv6 || future else { return false }
            host = authority[authority.startIndex...close]
            port = authority[(close + 1)...]
            if !port.isEmpty {
                guard port.first == 0x3A else { return false }
                port = port.dropFirst()
            }
        } else if let colon = authority.firstIndex(of: 0x3A) {
            host = authority[..<colon]
            port = authority[(colon + 1)...]
            guard isEncoded(host, { isUnreserved($0) || isSubDelim($0) }) else { return false }
        } else {
            guard isEncoded(host, { isUnreserved($0) || isSubDelim($0) }) else { return false }
        }
        return port.allSatisfy(isDigit) && isPathAbempty(b[end...])
    }

    private static func isURI(_ b: [UInt8]) -> Bool {
        // scheme ":"
        guard let first = b.first, isAlpha(first), let colon = b.firstIndex(of: 0x3A),
              b[1..<colon].allSatisfy({ isAlpha($0) || isDigit($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E }) else { return false }
        // query and fragment
        let fragmentStart = b[(colon + 1)...].firstIndex(of: 0x23)
        let beforeFragment = b[(colon + 1)..<(fragmentStart ?? b.endIndex)]
        let queryStart = beforeFragment.firstIndex(of: 0x3F)
        let hier = beforeFragment[..<(queryStart ?? beforeFragment.endIndex)]
        let tail = { (c: UInt8) in isPathCharacter(c) || c == 0x2F || c == 0x3F }
        if let q = queryStart, !isEncoded(beforeFragment[(q + 1)...], tail) { return false }
        if let f = fragmentStart, !isEncoded(b[(f + 1)...], tail) { return false }
        // hier-part: one or two slashes then an authority; an absolute path; or a rootless one.
        if hier.first == 0x2F {
            if hier.dropFirst().first == 0x2F, isAuthorityAndPath(hier.dropFirst(2)) { return true }
            if isAuthorityAndPath(hier.dropFirst()) { return true }
            let path = hier.dropFirst()
            return path.isEmpty || (path.first != 0x2F && isEncoded(path, { isPathCharacter($0) || $0 == 0x2F }))
        }
        return !hier.isEmpty && hier.first != 0x2F && isEncoded(hier, { isPathCharacter($0) || $0 == 0x2F })
    }
}
