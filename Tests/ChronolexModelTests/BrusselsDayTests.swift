import ChronolexModel
import Foundation
import Testing

/// "Today" for `--at` by default is the day in Brussels, computed without Foundation's
/// time zones; it must agree with them.
@Suite("The day in Brussels")
struct BrusselsDayTests {
    @Test func aroundTheChangesOfTime() {
        // 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
        let cases: [(String, String)] = [
            ("2026-03-28T22:59:59Z", "2026-03-28"), ("2026-03-28T23:00:00Z", "2026-03-29"),
            ("2026-03-29T22:00:00Z", "2026-03-30"), ("2026-10-24T22:30:00Z", "2026-10-25"),
            ("2026-10-25T22:30:00Z", "2026-10-25"), ("2026-12-31T23:30:00Z", "2027-01-01"),
            ("1969-12-31T23:30:00Z", "1970-01-01"),
        ]
        let formatter = ISO8601DateFormatter()
        for (instant, day) in cases {
            let t = Int(formatter.date(from: instant)!.timeIntervalSince1970)
            #expect(LegalDate.inBrussels(secondsSince1970: t).iso == day, "\(instant)")
        }
    }

    /// Every 7 hours and 13 minutes over six years, as Foundation's Europe/Brussels says.
    @Test func asFoundationSays() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Brussels"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let start = 1_700_000_000
        for t in stride(from: start, to: start + 6 * 365 * 86_400, by: 7 * 3_600 + 13 * 60) {
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(t)))
            let expected = LegalDate(year: parts.year!, month: parts.month!, day: parts.day!)
            #expect(LegalDate.inBrussels(secondsSince1970: t) == expected, "\(t)")
        }
    }
}
