package io.jingwu.launcher;

/**
 * How the application reaches its database: a MariaDB JDBC URL and the account to use.
 */
public record DatabaseSettings(String url, String user, String password) {

    @Override
    public String toString() {
        // keeps the password out of logs and assertion messages
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=***]";
    }
}
