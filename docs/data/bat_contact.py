"""A hitter's fouls from Savant's bat tracking, the one formula the extraction and the check scripts share."""


def fouls_per_contact(tracking_line):
    """Share of his bat-ball contacts that were not batted-ball events: his fouls."""
    contact = float(tracking_line['contact'])
    return (contact - float(tracking_line['batted_ball_events'])) / contact
