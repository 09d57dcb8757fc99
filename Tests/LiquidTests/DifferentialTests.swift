import JSONValues
import XCTest
@testable import Liquid

/// Compares the engine with LiquidJS on a few hundred templates (see DifferentialFixture).
///
/// The fixture was made by bundling LiquidJS 10.27.1's sources with the mapping kit's
/// configuration (`liquid-directive.ts`) and running each template through
/// `parseAndRenderSync` under Node with `TZ=UTC`.
final class DifferentialTests: XCTestCase {
    /// Cases where the engine deliberately differs from LiquidJS (see docs), by template.
    static let knownDifferences: Set<String> = [
        // Ranges are capped at LiquidLimits.maxRangeLength elements (LiquidJS allows up to
        // its memory limit, 1e8 elements).
        "{{ (1..100000000) | size }}",
        "{{ (1..5000000) | size }}",
        // `split: ''` keeps a surrogate pair together (LiquidJS makes two halves).
        "{{ properties.emoji | upcase }} {{ properties.emoji | split: '' | size }} {{ properties.emoji | url_encode }} {{ properties.emoji | base64_encode }} {{ properties.emoji | sha256 }}",
    ]

    func testMatchesLiquidJS() throws {
        try check(try JSON(parsing: differentialFixture))
    }

    /// Runs a corpus of the same shape from the file named by `LIQUID_DIFF_FILE`, if set
    /// (for checking freshly generated cases without adding them to the fixture).
    func testExternalCorpus() throws {
        guard let path = ProcessInfo.processInfo.environment["LIQUID_DIFF_FILE"] else {
            throw XCTSkip("LIQUID_DIFF_FILE is not set")
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try check(try JSON(parsing: text))
    }

    private func check(_ fixture: JSON) throws {
        guard let input = fixture["input"], let cases = fixture["cases"]?.arrayValue else {
            return XCTFail("bad fixture")
        }
        var failures: [String] = []
        for c in cases {
            guard let template = c["template"]?.stringValue else { continue }
            if Self.knownDifferences.contains(template) { continue }
            var actual: String
            var isError = false
            do {
                actual = try LiquidTemplate(template).render(input)
            } catch {
                actual = "\(error)"
                isError = true
            }
            if let expected = c["expect"]?.stringValue {
                if isError || actual != expected {
                    failures.append("\(template.debugDescription)\n   expected: \(expected.debugDescription)\n   actual:   \(isError ? "ERROR " : "")\(actual.debugDescription)")
                }
            } else if let expected = c["expectError"]?.stringValue {
                if !isError || actual != expected {
                    failures.append("\(template.debugDescription)\n   expected error: \(expected.debugDescription)\n   actual:   \(isError ? "ERROR " : "")\(actual.debugDescription)")
                }
            }
        }
        if !failures.isEmpty {
            XCTFail("\(failures.count) of \(cases.count) differ from LiquidJS:\n" + failures.joined(separator: "\n"))
        }
    }
}
