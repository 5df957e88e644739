package ballflight.season;

/** Which air a season's games are played in. */
public enum WeatherMode {
    /** Each game its own: temperature from the park, month and day/night, a wind from the park's distribution, seeded per game. */
    GAME_DAY,
    /** Every game in the park's average air with no wind (the model before game-day weather). */
    AVERAGE
}
