import JavaScriptRules

extension JSONNumber {
    /// JavaScript's `WhiteSpace` and `LineTerminator` characters (what `trim()` removes and
    /// `Number(text)` ignores around a number).
    public static func isJavaScriptWhitespace(_ s: Unicode.Scalar) -> Bool {
        JSWhitespace.contains(s)
    }

    /// JavaScript's `Number(text)`, the inverse of ``javaScriptText``: whitespace is
    /// trimmed; empty text is 0; decimal literals, `Infinity`, and `0x`/`0o`/`0b`
    /// integers are read; anything else is NaN.
    public static func javaScriptNumber(_ text: String) -> Double {
        NumberFromText.number(text)
    }
}
