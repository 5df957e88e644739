import ballflight.engine.FlightSimulator;
import ballflight.season.SeasonRunner;

/**
 * The SEASONS SEED arguments of the scripts that play full seasons as `ballflight fidelity` plays
 * them, checked once here with the usage line and exit 2 of the CLI's bad input, and the season
 * runner all of them (SeasonDump too) play with: tolerance 0.01 ft, 2 threads, PaTuning overrides
 * as in PlayerTable.
 */
record FidelitySeasons(int seasons, long seed) {

    static FidelitySeasons parse(String[] args, String script) {
        if (args.length != 2 || !args[0].matches("[1-9][0-9]*") || !args[1].matches("-?[0-9]+")) {
            System.err.println("usage: " + script + " SEASONS SEED (SEASONS: 1 or more, SEED: an integer)");
            System.exit(2);
        }
        return new FidelitySeasons(Integer.parseInt(args[0]), Long.parseLong(args[1]));
    }

    SeasonRunner runner() throws ReflectiveOperationException {
        return new SeasonRunner(() -> FlightSimulator.builder().toleranceFt(0.01).build(), PlayerTable.tuning(), 2);
    }
}
