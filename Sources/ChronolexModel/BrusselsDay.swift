import Foundation

extension LegalDate {
    /// Today as the law in Belgium counts it: the day in Brussels.
    public static var todayInBrussels: LegalDate {
        inBrussels(secondsSince1970: Int(Date().timeIntervalSince1970.rounded(.down)))
    }

    /// The day in Brussels at a moment given in seconds since 1970-01-01 00:00 UTC: UTC+1,
    /// and UTC+2 from the last Sunday of March to the last Sunday of October, each time at
    /// 01:00 UTC (summer time as directive 2000/84/EC fixes it, unchanged since 1996).
    /// Computed here rather than through Foundation's time zones, whose first use loads the
    /// ICU data: a tenth of a command that consolidates "today" on a large act.
    public static func inBrussels(secondsSince1970 t: Int) -> LegalDate {
        let epoch = 719_162 // LegalDate(year: 1970, month: 1, day: 1).ordinal
        func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
        let utcDay = LegalDate(ordinal: epoch + floorDiv(t, 86_400))
        /// 01:00 UTC on the last Sunday of `month` (0001-01-01 was a Monday).
        func lastSunday(of month: Int) -> Int {
            let first = LegalDate(year: utcDay.year, month: month, day: 1)?.ordinal ?? 0
            let last = first + daysIn(month: month, year: utcDay.year) - 1
            let sunday = last - (last + 1) % 7
            return (sunday - epoch) * 86_400 + 3_600
        }
        let summer = t >= lastSunday(of: 3) && t < lastSunday(of: 10)
        return LegalDate(ordinal: epoch + floorDiv(t + (summer ? 7_200 : 3_600), 86_400))
    }
}
