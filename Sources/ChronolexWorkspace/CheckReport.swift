import ChronolexDiff
import ChronolexModel
import ChronolexTimeline

extension Check {
    /// The check with the timeline it was made from, for the report page
    /// (``HTMLCheckRenderer``): the instructions behind each divergent article are there.
    public func report(_ timeline: Timeline) -> CheckReport {
        CheckReport(check: self, timeline: timeline)
    }
}

extension CheckRenderer {
    /// `check` as a report page: the summary of ``text(_:)`` and each divergence with the
    /// instructions behind it.
    public static func html(_ check: Check, timeline: Timeline) -> String {
        HTMLCheckRenderer.render(check.report(timeline))
    }
}
