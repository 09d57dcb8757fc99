import JSONValues

/// Validation of the settings a user gives for a destination.
enum SettingsValidation {
    /// The settings with defaults filled in, coerced to their declared types (undeclared
    /// keys dropped); throws ``LoadError`` with every problem (values of secrets are never
    /// quoted).
    static func validate(_ settings: JSON, fields: [FieldSpec]) throws(LoadError) -> JSON {
        guard var o = settings.objectValue else {
            throw LoadError([Problem(.settings, "", "settings must be a JSON object, not \(settings.kindName)")])
        }
        for f in fields where o[f.key] == nil {
            if let d = f.defaultValue { o[f.key] = d }
        }
        do {
            // Segment validates settings without removing empty values first
            // (destination-kit/index.ts `validateSettings`): `""` is a valid string and
            // `null` is coerced like any other value.
            return try PayloadValidator(fields: fields).validate(.object(o), removingEmptyValues: false)
        } catch {
            throw LoadError(error.issues.map { Problem(.settings, $0.pointer, $0.message) })
        }
    }

    /// The values of `password` settings.
    static func secrets(_ settings: JSON, fields: [FieldSpec]) -> [String] {
        fields.filter { $0.type == .password }.compactMap { settings[$0.key]?.stringValue }
    }
}
