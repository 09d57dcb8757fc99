import ArgumentParser
import Destinations
import JSONValues
import MappingKit

/// `actions validate`: Check definitions, mappings and subscription files without running events.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check definitions, mappings and subscription files without running events.",
        discussion: """
        Each FILE is recognised by its shape: an object with "actions" is a destination \
        definition, an array or an object with "subscriptions" is a subscriptions file, \
        anything else is a mapping. Every problem is printed as "FILE /json/pointer: \
        error: message" (a syntax error as "FILE:LINE:COLUMN: error: message"). With --destination, subscription files are also checked against that \
        definition (action names, field names), and --settings checks a settings file \
        against it. Exit status 1 when any problem was found.
        """
    )

    @Argument(help: "Definition, subscriptions or mapping files.")
    var files: [String] = []

    @Option(name: .long, help: "A definition to check subscription files (and --settings) against.")
    var destination: String?

    @Option(name: .long, help: "A settings file to check against --destination.")
    var settings: String?

    @Option(name: .long, help: "The most subscriptions allowed (Segment's limit is 50).")
    var maxSubscriptions: Int = DestinationEngine.defaultSubscriptionLimit

    func validate() throws {
        if files.isEmpty && destination == nil { throw ValidationError("give at least one FILE (or --destination)") }
        if settings != nil && destination == nil { throw ValidationError("--settings needs --destination") }
    }

    func run() throws {
        var report = ValidateReport()
        var definition: DestinationDefinition?
        if let destination {
            definition = report.checkDefinition(destination)
            if let settings, let definition { report.checkSettings(settings, definition: definition) }
        }
        for file in files where file != destination {
            report.check(file, definition: definition, limit: maxSubscriptions)
        }
        let printer = DiagnosticPrinter("actions validate")
        StandardError.line(report.entries.map { entry in
            switch entry {
            case .valid(let line): return line
            case .problem(let problem): return printer.render(problem)
            }
        }.joined(separator: "\n"))
        if report.problemCount > 0 {
            StandardError.line("\(report.problemCount) problem\(report.problemCount == 1 ? "" : "s") found")
            throw ExitCode(1)
        }
    }
}

/// What `validate` found, in order: a line per valid file, a diagnostic per problem.
struct ValidateReport {
    enum Entry {
        /// `FILE: ok (…)`.
        case valid(String)
        case problem(Diagnostic)
    }

    var entries: [Entry] = []
    var problemCount = 0

    mutating func ok(_ file: String, _ what: String) { entries.append(.valid("\(file): ok (\(what))")) }

    /// Records the problems `error` stands for.
    mutating func failed(_ error: any Error) {
        let problems = Diagnostic.from(error)
        entries += problems.map(Entry.problem)
        problemCount += problems.count
    }

    mutating func checkDefinition(_ file: String) -> DestinationDefinition? {
        guard let doc = load(file) else { return nil }
        return checkDefinition(file, doc)
    }

    mutating func checkDefinition(_ file: String, _ doc: JSON) -> DestinationDefinition? {
        do {
            let d = try DocumentLoading.definition(file, doc)
            ok(file, "definition \(d.slug): \(d.actions.count) actions, \(d.presets.count) presets, \(d.settings.count) settings")
            return d
        } catch {
            failed(error)
            return nil
        }
    }

    mutating func checkSettings(_ file: String, definition: DestinationDefinition) {
        guard let doc = load(file) else { return }
        do {
            _ = try DestinationEngine(definition: definition, settings: doc, subscriptions: [])
            ok(file, "settings for \(definition.slug)")
        } catch {
            failed(Diagnostics(error.problems.map { Diagnostic($0, file: file) }))
        }
    }

    mutating func check(_ file: String, definition: DestinationDefinition?, limit: Int) {
        guard let doc = load(file) else { return }
        if doc["actions"] != nil {
            _ = checkDefinition(file, doc)
        } else if doc.arrayValue != nil || doc["subscriptions"] != nil {
            do {
                let subs = try Subscription.list(from: doc)
                let problems = Subscription.problems(in: subs, definition: definition, subscriptionLimit: limit, base: doc.arrayValue != nil ? "" : "/subscriptions")
                if problems.isEmpty {
                    ok(file, "\(subs.count) subscription\(subs.count == 1 ? "" : "s")\(definition.map { " for \($0.slug)" } ?? "")")
                } else {
                    failed(Diagnostics(problems.map { Diagnostic($0, file: file) }))
                }
            } catch {
                failed(Diagnostics(error.problems.map { Diagnostic($0, file: file) }))
            }
        } else {
            let errors = Mapping.problems(doc)
            if errors.isEmpty {
                ok(file, "mapping")
            } else {
                failed(Diagnostics(errors.map { Diagnostic($0, file: file) }))
            }
        }
    }

    mutating func load(_ file: String) -> JSON? {
        do {
            return try JSONFile.load(file)
        } catch {
            failed(error)
            return nil
        }
    }
}
