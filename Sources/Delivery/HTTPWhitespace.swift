extension String {
    /// Without leading and trailing spaces and tabs: HTTP's optional white space (`OWS`,
    /// RFC 9110 §5.6.3), not JavaScript's white space.
    var trimmingOptionalWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
