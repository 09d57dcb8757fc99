@testable import ActionsCLI
import XCTest

/// The one format every command prints its problems in.
final class DiagnosticPrinterTests: XCTestCase {
    let printer = DiagnosticPrinter("actions run")

    func testThePlaceComesFirstThenTheSeverity() {
        XCTAssertEqual(printer.render(Diagnostic("expected ':'", at: .text("def.json", line: 3, column: 14))),
                       "def.json:3:14: error: expected ':'")
        XCTAssertEqual(printer.render(Diagnostic("bad line", at: .text("events.ndjson", line: 7))),
                       "events.ndjson:7: error: bad line")
        XCTAssertEqual(printer.render(Diagnostic("unknown type", at: .pointer("def.json", "/actions/a/type"))),
                       "def.json /actions/a/type: error: unknown type")
        XCTAssertEqual(printer.render(Diagnostic("not an object", at: .pointer("def.json", ""))),
                       "def.json /: error: not an object")
        XCTAssertEqual(printer.render(.error("cannot open (No such file or directory)", at: .file("x.json"))),
                       "x.json: error: cannot open (No such file or directory)")
    }

    func testWithoutAPlaceTheCommandIsNamed() {
        XCTAssertEqual(printer.render(.error("--state needs --deliver")), "actions run: error: --state needs --deliver")
        XCTAssertEqual(printer.render(Diagnostic("resuming after line 3", at: .file("in.ndjson"), severity: .note)),
                       "in.ndjson: note: resuming after line 3")
    }

    func testANoteAndAnExcerptFollowOnLinesOfTheirOwn() {
        let d = Diagnostic("expected a value after '=' at column 8", note: "quote text values",
                           excerpt: .init(text: "type = ", column: 8))
        XCTAssertEqual(DiagnosticPrinter("actions fql parse").render(d), """
            actions fql parse: error: expected a value after '=' at column 8
              type = 
                     ^
            actions fql parse: note: quote text values
            """)
    }

    func testTheRecordOfAnInputLine() {
        let d = Diagnostic("malformed JSON at column 2: expected 'null'", at: .text("a.ndjson", line: 31, column: 2))
        XCTAssertEqual(d.record(namingFile: false).serialized(), #"{"line":31,"column":2,"error":"malformed JSON at column 2: expected 'null'"}"#)
        XCTAssertEqual(Diagnostic("missing", at: .text("a.ndjson", line: 4)).record(namingFile: true, details: [("subscription", "S")]).serialized(),
                       #"{"file":"a.ndjson","line":4,"subscription":"S","error":"missing"}"#)
    }
}
