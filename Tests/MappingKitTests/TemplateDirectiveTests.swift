import JSONValues
import MappingKit
import XCTest

final class TemplateDirectiveTests: XCTestCase {
    func testPlaceholders() {
        assertMaps(#"{"@template": "Hi {{traits.name}} ({{ userId }})"}"#, #"{"traits": {"name": "Ann"}, "userId": "u1"}"#, to: #""Hi Ann (u1)""#)
        assertMaps(#"{"@template": "<{{{a}}}|{{a}}>"}"#, #"{"a": "<b>"}"#, to: #""<<b>|<b>>""#)
        assertMaps(#"{"@template": "{{a}}}"}"#, #"{"a": "x"}"#, to: #""x}""#)
        // `{{}}` has nothing inside so it stays; `{{ }}` names the whole input.
        assertMaps(#"{"@template": "{{}} and {{ }}x"}"#, "{}", to: #""{{}} and {}x""#)
    }

    /// Fixed by the merge into JavaScriptRules: the name inside the braces was trimmed of
    /// Unicode white space, which includes U+0085 (NEXT LINE); the reference's `trim()`
    /// keeps it, so `{{\u0085a}}` names the key "\u0085a", not "a".
    func testNameIsTrimmedOfJavaScriptWhiteSpaceOnly() {
        assertMaps(#"{"@template": "[{{\u0085a}}] [{{\u00a0a\u3000}}]"}"#, #"{"a": "x", "\u0085a": "y"}"#, to: #""[y] [x]""#)
    }

    func testValueConversions() {
        let input = #"{"t": true, "n": 1.5, "i": 3, "z": null, "arr": [1, null, "x"], "o": {"k": 1}}"#
        assertMaps(#"{"@template": "{{t}} {{n}} {{i}} [{{z}}] [{{missing}}] {{arr}}"}"#, input, to: #""true 1.5 3 [] [] 1,,x""#)
        // Differs from the reference ("[object Object]"): objects are written as JSON.
        assertMaps(#"{"@template": "{{o}}"}"#, input, to: #""{\"k\":1}""#)
    }

    func testConstantTemplateIsFolded() throws {
        let m = try Mapping(json(#"{"a": {"@template": "plain"}}"#))
        XCTAssertEqual(m.constantValue, json(#"{"a": "plain"}"#))
    }

    func testTemplateFromADirectiveAndErrors() {
        assertMaps(#"{"@template": {"@path": "$.t"}}"#, #"{"t": "v={{v}}", "v": 2}"#, to: #""v=2""#)
        assertFails(#"{"@template": {"@path": "$.t"}}"#, "{}", containing: "@template: expected string, got undefined")
        XCTAssertEqual(validationErrors(#"{"@template": 123}"#), ["/@template should be a string or a mapping directive but it is a number."])
    }
}
