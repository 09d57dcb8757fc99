import JSONValues
import XCTest
@testable import Liquid

/// Errors: the messages and positions LiquidJS gives (`…, line:L, col:C`).
final class ErrorTests: XCTestCase {
    func testDisabledTagsFailWhenParsed() throws {
        for tag in LiquidTemplate.disabledTags {
            XCTAssertThrowsError(try LiquidTemplate("{% \(tag) %} , {{ properties.test }}")) { error in
                XCTAssertTrue("\(error)".hasPrefix("tag \"\(tag)\" is disabled"), "\(error)")
            }
        }
        XCTAssertEqual(errorMessage("Hello\n  {% case x %}{% endcase %}"), "tag \"case\" is disabled, line:2, col:3")
    }

    func testDisabledFiltersFailWhenApplied() throws {
        XCTAssertEqual(LiquidTemplate.disabledFilters.count, 20)
        for filter in LiquidTemplate.disabledFilters {
            let t = try LiquidTemplate("{{ properties.test | \(filter) }}")
            XCTAssertThrowsError(try t.render(["properties": ["test": "test"]])) { error in
                XCTAssertEqual("\(error)", "filter \"\(filter)\" is disabled, line:1, col:1")
            }
        }
        // As in LiquidJS, a disabled filter in a branch not taken does no harm.
        assertRenders("{% if false %}{{ 'x' | sort }}{% endif %}ok", "ok")
        XCTAssertEqual(errorMessage("{% if true %}\n {{ 'x' | map: 'a' }}{% endif %}"), "filter \"map\" is disabled, line:2, col:2")
    }

    func testSyntaxErrorsNameTheirPlace() {
        let cases: [(String, String)] = [
            ("{{ 'a' ", "output \"{{ 'a' \" not closed, line:1, col:1"),
            ("ab {% if x %}", "tag {% if x %} not closed, line:1, col:4"),
            ("{% nope %}", "tag \"nope\" not found, line:1, col:1"),
            ("{{ x | f: 1 2 }}", "unexpected character \"2\", line:1, col:13"),
            ("{% assign = 1 %}", "expected variable name, line:1, col:11"),
            ("{% if a %}{% else %}{% else %}{% endif %}", "duplicated else, line:1, col:1"),
            ("{{ }}", "invalid value expression: \"\", line:1, col:4"),
            ("{% raw %}x", "raw \"{% raw %}x\" not closed, line:1, col:10"),
            ("line1\nline2 {{ (1 2) }}", "invalid range syntax, line:2, col:14"),
        ]
        for (template, message) in cases {
            XCTAssertEqual(errorMessage(template), message, template)
        }
    }

    func testRenderErrors() {
        XCTAssertEqual(errorMessage("{{ 'a' | append }}"), "append expect 2 arguments, line:1, col:1")
        XCTAssertEqual(errorMessage("{{ '%E0%A4%A' | url_decode }}"), "URI malformed, line:1, col:1")
    }

    func testErrorCarriesLineAndColumn() {
        do {
            _ = try LiquidTemplate("a\nbc {% bogus %}")
            XCTFail("expected an error")
        } catch let e as LiquidError {
            XCTAssertEqual(e.line, 2)
            XCTAssertEqual(e.column, 4)
            XCTAssertEqual(e.message, "tag \"bogus\" not found, line:2, col:4")
        } catch {
            XCTFail("\(error)")
        }
    }

    func testNoCrashOnOddInput() {
        // Fragments that have made tokenizers stumble: unclosed pieces, lone delimiters,
        // inverted content ranges, stray escapes and surrogates.
        let inputs = ["{%}", "{%%}", "{{-}}", "{{", "}}", "{%", "%}", "{{'", "{{\"}}", "{% raw", "{% raw %}{% endraw", "{{ a[ }}", "{{ a[0 }}",
                      "{{ (1.. }}", "{{ 'a\\", "{% liquid\n-\n%}", "{%- -%}", "{{ | }}", "{% cycle %}", "{% if %}", "{% capture %}", "{{ 'x' | date: '%' }}",
                      "{{ '😀' | slice: 0, 1 }}", "\u{0}{{\u{0}}}", "{{ a.b.c.d.e.f[0][1][-1] }}", "{% # a\nb %}", "{{ -.5 }}", "{{ 1..2 }}"]
        for input in inputs {
            do {
                _ = try LiquidTemplate(input).render(["a": [1]])
            } catch {
                XCTAssertTrue(error is LiquidError, "\(input): \(error)")
            }
        }
    }
}
