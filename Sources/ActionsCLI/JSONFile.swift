import JSONValues

/// The JSON files commands take (definitions, settings, subscriptions, filters,
/// mappings, events, suites), read whole: every problem a ``Diagnostic`` located in the file.
enum JSONFile {
    /// Reads and parses the file at `path` (`-`: standard input); a syntax error is located
    /// at its line and column.
    static func load(_ path: String) throws -> JSON {
        let input = try InputFile(path)
        let bytes = try input.readAll()
        do {
            return try JSONParser.parse(bytes)
        } catch let e as JSONParseError {
            throw Diagnostic(e, file: input.name)
        }
    }

    /// A file that must hold a JSON object (settings).
    static func object(_ path: String, what: String) throws -> JSONObject {
        guard let o = try load(path).objectValue else { throw Diagnostic.error("\(what) must be a JSON object", at: .file(InputFile.name(of: path))) }
        return o
    }
}
