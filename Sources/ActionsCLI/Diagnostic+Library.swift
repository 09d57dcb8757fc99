import DestinationFilters
import Destinations
import JSONValues
import MappingKit
import Triggers

/// The library's located errors as ``Diagnostic``s of the file they were found in.
extension Diagnostic {
    /// JSON text that does not parse, at its line and column.
    init(_ error: JSONParseError, file: String) {
        self.init(error.message, at: .text(file, line: error.line, column: error.column))
    }

    /// A problem of a definition, settings or subscriptions document, at its JSON Pointer
    /// in `file`.
    init(_ problem: Problem, file: String) {
        self.init(problem.message, at: .pointer(file, problem.pointer))
    }

    /// A problem of a destination filters document.
    init(_ problem: FilterProblem, file: String) {
        self.init(problem.message, at: .pointer(file, problem.pointer))
    }

    /// A problem of a mapping, at its exact place in the mapping.
    init(_ error: MappingError, file: String) {
        self.init(error.message, at: .pointer(file, error.pointer))
    }

    /// A trigger given on the command line that does not compile, with a caret under
    /// its column.
    init(_ error: TriggerError, trigger: String) {
        self.init(error.description, excerpt: error.column > 0 ? Excerpt(text: trigger, column: error.column) : nil)
    }
}

extension Diagnostics {
    /// Every problem of a load, each in the file of its document (`files`; problems of
    /// other documents are named by the document).
    init(_ error: LoadError, files: [Problem.Document: String]) {
        self.init(error.problems.map { Diagnostic($0, file: files[$0.document] ?? $0.document.rawValue) })
    }
}
