import XCTest
@testable import Liquid

/// EncodingFilters: expectations are LiquidJS 10.27's output for the same template and data.
final class EncodingFiltersTests: XCTestCase {
    func testEscape() {
        assertRenders("{{ '<a href=\"x\">Tom & Jerry\\'s</a>' | escape }} {{ '&lt;b&gt; &' | escape_once }}", sampleData, "&lt;a href=&#34;x&#34;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; &lt;b&gt; &amp;")
    }

    func testUrl() {
        assertRenders("{{ 'a b&c=d/é' | url_encode }} {{ 'a+b%20c%C3%A9' | url_decode }} {{ \"a b!'()*\" | cgi_escape }} {{ 'http://x.com/a b?q=[1]' | uri_escape }}", sampleData, "a+b%26c%3Dd%2F%C3%A9 a b cé a+b%21%27%28%29%2A http://x.com/a%20b?q=[1]")
    }

    func testSlugify() {
        assertRenders("{{ 'Hello World! é' | slugify }} {{ 'Héllo Wörld' | slugify: 'latin' }} {{ 'Hello World!' | slugify: 'pretty' }}", sampleData, "hello-world-é hello-world hello-world!")
    }

    func testBase64() {
        assertRenders("{{ 'héllo' | base64_encode }} {{ 'aMOpbGxv' | base64_decode }}", sampleData, "aMOpbGxv héllo")
    }

    func testHashes() {
        assertRenders("{{ 'hello' | sha256 }} {{ 'msg' | hmac_sha256: 'key' }}", sampleData, "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824 2d93cbc1be167bcb1637a4a23cbff01a7878f0c50ee833954ea5221bb1b8c628")
    }

    func testHashedEmail() {
        assertRenders("{{ traits.email | strip | downcase | sha256 }}", sampleData, "cc6c959d188f14256f10934268259b06057653a7e671dc40d94b8845c879735c")
    }
}
