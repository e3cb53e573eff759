package org.broadsheet.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens on one connection for the changes other instances commit and replays each as a
 * {@link RemoteChange} event here. When the connection is lost, changes may have been
 * missed: once listening again, it replays "everything changed".
 */
@Component
class ChangeListener implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ChangeListener.class);

	private static final int WAIT_MILLIS = 250;

	private final ClusterDatabase database;

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	private volatile boolean running;

	private volatile Thread thread;

	ChangeListener(ClusterDatabase database, DataSource dataSource, ApplicationEventPublisher events) {
		this.database = database;
		this.dataSource = dataSource;
		this.events = events;
	}

	@Override
	public void start() {
		this.running = true;
		if (this.database.active()) {
			Thread listener = new Thread(this::listen, "cluster-changes");
			listener.setDaemon(true);
			this.thread = listener;
			listener.start();
		}
	}

	@Override
	public void stop() {
		this.running = false;
		Thread listener = this.thread;
		if (listener != null) {
			try {
				listener.join(2 * WAIT_MILLIS + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		boolean missed = false;
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + ChangeBroadcast.CHANNEL);
				}
				if (missed) {
					logger.info("Listening for other instances' changes again; refreshing everything");
					replay(new RemoteChange(RemoteChange.Kind.ALL, Set.of()));
				}
				receive(connection.unwrap(PGConnection.class));
			}
			catch (SQLException | RuntimeException ex) {
				if (this.running) {
					logger.warn("Lost the connection listening for other instances' changes (" + ex.getMessage()
							+ "); listening again in 1 s");
					missed = true;
					pause();
				}
			}
		}
	}

	private void receive(PGConnection connection) throws SQLException {
		while (this.running) {
			PGNotification[] notifications = connection.getNotifications(WAIT_MILLIS);
			if (notifications == null) {
				continue;
			}
			for (PGNotification notification : notifications) {
				ChangeMessage message = ChangeMessage.parse(notification.getParameter());
				if (message != null && !message.origin().equals(this.database.instanceId())) {
					replay(message.change());
				}
			}
		}
	}

	private void replay(RemoteChange change) {
		try {
			this.events.publishEvent(change);
		}
		catch (RuntimeException ex) {
			logger.error("Replaying " + change + " failed", ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
