package io.jingwu.api.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MariaDB server and an account on it that may create and drop the test database.
 *
 * @param address {@code jdbc:mariadb://host:port}, without a database or options
 * @param options the URL's options ({@code ?...}), or empty
 * @param stem    what the test database's name begins with
 */
record ServerAccount(String address, String options, String stem, String user, String password) {

    private static final Pattern URL = Pattern.compile("(jdbc:mariadb://[^/?]+)(?:/([^?]*))?(\\?.*)?");

    /**
     * The server of {@code JINGWU_DB_URL}. The database the URL names is never touched: its name is the stem of
     * the test database's own, so an account granted {@code ALL ON `name\_%`.*} is enough.
     */
    static ServerAccount configured(String jdbcUrl, String user, String password) {
        Matcher url = URL.matcher(jdbcUrl);
        if (!url.matches()) {
            throw new IllegalStateException("JINGWU_DB_URL is not a jdbc:mariadb://host:port/database URL: " + jdbcUrl);
        }
        String database = url.group(2) == null || url.group(2).isBlank() ? "jingwu" : url.group(2);
        return new ServerAccount(url.group(1), url.group(3) == null ? "" : url.group(3), database,
                user == null ? "" : user, password == null ? "" : password);
    }

    /** The URL of one database, at read committed as the application's data source is. */
    String urlOf(String database) {
        String separator = options.isEmpty() ? "?" : options + "&";
        return address + "/" + database + separator + "transactionIsolation=READ-COMMITTED";
    }

    /** The URL of the server alone, to create and drop the database. */
    String serverUrl() {
        return address + "/" + options;
    }
}
