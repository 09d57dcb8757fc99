@testable import DeliveryStorePostgres
import NIOSSL
import Testing
import TestSupport

/// `postgres://…` URLs read as libpq reads them.
@Suite("PostgreSQL URLs")
struct PostgresURLTests {
    @Test("user, password (percent-encoded), host, IPv6 host, port and database")
    func parts() throws {
        let u = try PostgresURL("postgres://act%40ions:p%2Fw%3A1@db.internal:6543/jobs?sslmode=disable")
        #expect(u.user == "act@ions" && u.password == "p/w:1" && u.host == "db.internal" && u.port == 6543 && u.database == "jobs")
        #expect(u.description == "postgres://act@ions@db.internal:6543/jobs")
        let v6 = try PostgresURL("postgresql://a@[::1]:5433/d?sslmode=disable")
        #expect(v6.host == "::1" && v6.port == 5433)
        let bare = try PostgresURL("postgres://a@db/d")
        #expect(bare.port == 5432)
    }

    @Test("sslmode: prefer and require encrypt without checking the certificate; verify-ca and verify-full check it")
    func sslmodes() throws {
        func verification(_ mode: String, root: String? = nil) throws -> CertificateVerification? {
            let (encryption, configuration) = try PostgresURL.tlsSettings(sslmode: mode, rootCertificate: root)
            return encryption == .off ? nil : configuration.certificateVerification
        }
        #expect(try verification("disable") == nil)
        #expect(try verification("prefer") == CertificateVerification.none)
        #expect(try verification("require") == CertificateVerification.none)
        #expect(try verification("require", root: "/etc/ssl/ca.pem") == .noHostnameVerification)
        #expect(try verification("verify-ca") == .noHostnameVerification)
        #expect(try verification("verify-full") == .fullVerification)
        #expect(throws: (any Error).self) { try PostgresURL("postgres://a@db/d?sslmode=on") }
        #expect(throws: (any Error).self) { try PostgresURL("postgres://a@db/d?connect_timeout=3") }
    }

    @Test("any text is read or refused with a message, never a crash")
    func randomText() {
        var rng = SplitMix64(seed: 7)
        let alphabet = Array("postgresql:/@[]:?&=%abc01259xyz_-.".unicodeScalars) + ["\u{0}", "é"]
        var read = 0
        for _ in 0..<5000 {
            let n = Int.random(in: 0...40, using: &rng)
            var text = Bool.random(using: &rng) ? "postgres://" : ""
            for _ in 0..<n { text.unicodeScalars.append(alphabet[Int.random(in: 0..<alphabet.count, using: &rng)]) }
            if let url = try? PostgresURL(text) {
                read += 1
                #expect(!url.description.isEmpty)
            }
        }
        #expect(read > 0)
    }
}

