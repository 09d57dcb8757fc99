import JSONValues

/// Checks shared by the kinds: comparing a result against a case's `expect`,
/// `expectAbsent` or `expectError`.
public enum Expectation {
    /// Compares the outcome of evaluating a case with what it expects.
    ///
    /// - `expect`: the result must be present and structurally equal.
    /// - `expectAbsent: true`: the result must be absent (`nil`), not `null`.
    /// - `expectError`: evaluation must throw, with a message containing the text
    ///   (case-insensitively; `""` accepts any error).
    public static func check(_ c: ConformanceCase, result: Result<JSON?, Error>) -> CaseOutcome {
        if let wanted = c["expectError"] {
            let fragment = wanted.stringValue ?? ""
            switch result {
            case .success(let value):
                return .failed("expected an error containing \"\(fragment)\" but got \(value.map { $0.serialized() } ?? "nothing (absent)")")
            case .failure(let error):
                let message = String(describing: error)
                if fragment.isEmpty || message.lowercased().contains(fragment.lowercased()) { return .passed }
                return .failed("expected an error containing \"\(fragment)\" but the error was: \(message)")
            }
        }
        if c["expectAbsent"]?.boolValue == true {
            switch result {
            case .success(nil): return .passed
            case .success(let value?): return .failed("expected no value (absent) but got \(value.serialized())")
            case .failure(let error): return .failed("expected no value (absent) but got an error: \(error)")
            }
        }
        guard let expected = c["expect"] else { return .notRun("the case has no expectation") }
        switch result {
        case .success(let value?): return compare(expected: expected, actual: value)
        case .success(nil): return .failed("expected \(expected.serialized()) but the result was absent")
        case .failure(let error): return .failed("expected \(expected.serialized()) but got an error: \(error)")
        }
    }

    /// `.passed` when the values are structurally equal, otherwise a readable diff.
    public static func compare(expected: JSON, actual: JSON) -> CaseOutcome {
        if expected == actual { return .passed }
        var lines: [String] = []
        JSONDiff.collect(expected: expected, actual: actual, at: "", into: &lines)
        return .failed(lines.joined(separator: "\n"))
    }
}

/// A structural diff of two JSON values, one line per difference, each naming its place
/// with a JSON Pointer.
public enum JSONDiff {
    /// The differences between `expected` and `actual`, one per line (empty when equal).
    public static func lines(expected: JSON, actual: JSON) -> [String] {
        var out: [String] = []
        collect(expected: expected, actual: actual, at: "", into: &out)
        return out
    }

    static func collect(expected: JSON, actual: JSON, at path: String, into out: inout [String]) {
        if expected == actual { return }
        let place = path.isEmpty ? "(root)" : path
        switch (expected, actual) {
        case (.object(let e), .object(let a)):
            for (k, ev) in e {
                let p = JSONPointer.appending(path, k)
                if let av = a[k] { collect(expected: ev, actual: av, at: p, into: &out) } else { out.append("- \(p): missing, expected \(ev.serialized())") }
            }
            for (k, av) in a where e[k] == nil {
                out.append("+ \(JSONPointer.appending(path, k)): unexpected \(av.serialized())")
            }
        case (.array(let e), .array(let a)) where e.count == a.count:
            for idx in e.indices { collect(expected: e[idx], actual: a[idx], at: JSONPointer.appending(path, idx), into: &out) }
        default:
            out.append("~ \(place): expected \(expected.serialized()), got \(actual.serialized())")
        }
    }
}
