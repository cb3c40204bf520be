package nl.aanbodwijzer.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A JDBC driver that hands every URL to the real driver (H2 or MySQL Connector/J) and counts the
 * SQL statements its connections prepare. A test chooses it as
 * {@code datasources.default.driver-class-name} to show what a request asks of the database.
 */
public final class CountingDriver implements Driver {
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    private static final AtomicLong PREPARED = new AtomicLong();

    /** Statements prepared through this driver so far, in this JVM. */
    public static long statements() {
        return PREPARED.get();
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection target = realDriver(url).connect(url, info);
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (STATEMENTS.contains(method.getName())) {
                        PREPARED.incrementAndGet();
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return realDriver(url) != null;
    }

    private Driver realDriver(String url) throws SQLException {
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (!(driver instanceof CountingDriver) && driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new SQLException("no JDBC driver for " + url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return realDriver(url).getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
