import JSONValues

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The outcome of one case, with where it came from.
public struct CaseResult: Sendable {
    public let suite: String
    public let caseName: String
    public let kind: String
    public let outcome: CaseOutcome
    public let note: String?
}

/// Totals of a run.
public struct RunSummary: Sendable, Equatable {
    public var passed = 0
    public var failed = 0
    public var knownDifferences = 0

    public init() {}

    /// The closing line: `N passed, N failed` and the known differences.
    public var closingLine: String {
        "\(passed) passed, \(failed) failed, \(knownDifferences) known differences"
    }
}

/// Loads conformance suites and fixture files and runs their cases.
public struct SuiteRunner: Sendable {
    public var context: RunnerContext

    public init(context: RunnerContext = RunnerContext()) {
        self.context = context
    }

    /// Reads a suite file.
    public static func loadSuite(path: String) throws -> ConformanceSuite {
        let bytes = try FileIO.readAll(path: path)
        let doc: JSON
        do {
            doc = try JSONParser.parse(bytes)
        } catch let e as JSONParseError {
            throw RunnerError("\(path):\(e.line):\(e.column): \(e.message)")
        }
        guard let obj = doc.objectValue, let cases = obj["cases"]?.arrayValue else {
            throw RunnerError("\(path): not a suite (expected an object with a \"cases\" array)")
        }
        var out: [ConformanceCase] = []
        for (i, c) in cases.enumerated() {
            // A bad case fails on its own; the other cases still run. Unnamed cases are
            // named by their place in the file so a failure can be found.
            guard var co = c.objectValue else {
                out.append(ConformanceCase(fields: ["name": .string("cases/\(i)"), "kind": .string("(\(c.kindName), not an object)")]))
                continue
            }
            if co["name"]?.stringValue == nil { co["name"] = .string("cases/\(i)") }
            out.append(ConformanceCase(fields: co))
        }
        let name = obj["suite"]?.stringValue ?? FileIO.baseName(path)
        return ConformanceSuite(name: name, path: path, cases: out)
    }

    /// The suite files under `paths`: files as given, folders searched for `*.json`
    /// files that hold a `"cases"` array (definition files and the like are skipped).
    public static func suiteFiles(in paths: [String]) throws -> [String] {
        var out: [String] = []
        for p in paths {
            if FileIO.isDirectory(p) {
                for f in try FileIO.listFiles(under: p) where f.hasSuffix(".json") {
                    if let bytes = try? FileIO.readAll(path: f), let doc = try? JSONParser.parse(bytes),
                       doc["cases"]?.arrayValue != nil {
                        out.append(f)
                    }
                }
            } else {
                out.append(p)
            }
        }
        return out
    }

    /// Runs one case.
    public func run(_ c: ConformanceCase) -> CaseOutcome {
        let raw: CaseOutcome
        switch c.kind {
        case "mapping", "mapping-validate": raw = MappingCases.run(c, context: context)
        case "fql-parse", "fql-generate", "subscription": raw = TriggerCases.run(c, context: context)
        case "liquid": raw = LiquidCases.run(c, context: context)
        case "destination": raw = DestinationCases.run(c, context: context)
        case "filter-match", "filter-transform": raw = FilterCases.run(c, context: context)
        default: raw = .notRun("unknown case kind '\(c.kind)'")
        }
        // A quirk case on which the engine differs from the reference is a known,
        // documented difference, not a failure.
        if c.isQuirk, case .failed(let why) = raw {
            return .knownDifference(why)
        }
        return raw
    }

    /// Runs every case of `suite`, optionally only those whose name contains `filter`.
    public func run(_ suite: ConformanceSuite, filter: String? = nil) -> [CaseResult] {
        suite.cases.compactMap { c in
            if let filter, !filter.isEmpty, !c.name.lowercased().contains(filter.lowercased()) { return nil }
            return CaseResult(suite: suite.name, caseName: c.name, kind: c.kind, outcome: run(c), note: c.note)
        }
    }

    /// Totals for a list of results.
    public static func summarize(_ results: [CaseResult]) -> RunSummary {
        var s = RunSummary()
        for r in results {
            switch r.outcome {
            case .passed: s.passed += 1
            case .failed, .notRun: s.failed += 1
            case .knownDifference: s.knownDifferences += 1
            }
        }
        return s
    }

    /// A readable report: every failure with its diff, every known difference with what
    /// the engine does instead, then the closing line.
    public static func report(_ results: [CaseResult], verbose: Bool = false) -> String {
        var out = ""
        for r in results {
            switch r.outcome {
            case .passed:
                if verbose { out += "PASS  \(r.suite) › \(r.caseName)\n" }
            case .failed(let why):
                out += "FAIL  \(r.suite) › \(r.caseName) [\(r.kind)]\n"
                out += indent(why) + "\n"
            case .notRun(let why):
                out += "FAIL  \(r.suite) › \(r.caseName) [\(r.kind)] (could not be run)\n"
                out += indent(why) + "\n"
            case .knownDifference(let why):
                out += "KNOWN DIFFERENCE  \(r.suite) › \(r.caseName) [\(r.kind)]\n"
                if let note = r.note { out += indent("reference: " + note) + "\n" }
                out += indent("this engine: " + why) + "\n"
            }
        }
        out += summarize(results).closingLine + "\n"
        return out
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }.joined(separator: "\n")
    }
}

/// A problem reading suites.
public struct RunnerError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
