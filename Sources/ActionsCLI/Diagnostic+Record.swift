import JSONValues

extension Diagnostic {
    /// The error record `run` and `deliver` write for a problem on an input line, one JSON
    /// object per line: `{"file"?,"line","column"?,…details,"error"}`. `file` is written
    /// when several inputs are read (`namingFile`); `details` (a subscription, a payload
    /// field) come between the place and the message.
    func record(namingFile: Bool, details: [(String, String)] = []) -> JSON {
        var o = JSONObject()
        if namingFile, let file = location?.file { o.appendUnchecked("file", .string(file)) }
        if let line = location?.line { o.appendUnchecked("line", .int(line)) }
        if let column = location?.column { o.appendUnchecked("column", .int(column)) }
        for (key, value) in details { o.appendUnchecked(key, .string(value)) }
        o.appendUnchecked("error", .string(message))
        return .object(o)
    }
}
