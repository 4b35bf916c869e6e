package org.carbonmrv.cems.adapter.tcp;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import org.carbonmrv.cems.adapter.CemsSettings;
import org.carbonmrv.cems.adapter.inbox.FrameInbox;
import org.carbonmrv.cems.adapter.loggers.LoggerDirectory;
import org.carbonmrv.cems.protocol.DataSegment;
import org.carbonmrv.cems.protocol.FrameWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The TCP side: loggers connect and send frames. Frames are read on Netty's event loop and handled
 * on a pool of workers as large as the database pool (storing blocks), one connection's frames
 * always on the same worker and so in order.
 */
@Component
public class Hj212Server implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Hj212Server.class);

    private final CemsSettings settings;
    private final LoggerDirectory loggers;
    private final FrameInbox inbox;
    private final MeterRegistry metrics;
    private final int workers;
    private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final Timer acknowledged;
    private EventLoopGroup boss;
    private EventLoopGroup io;
    private EventExecutorGroup storing;
    private Channel listening;

    Hj212Server(
            CemsSettings settings,
            LoggerDirectory loggers,
            FrameInbox inbox,
            MeterRegistry metrics,
            @Value("${spring.datasource.hikari.maximum-pool-size}") int workers) {
        this.settings = settings;
        this.loggers = loggers;
        this.inbox = inbox;
        this.metrics = metrics;
        this.workers = workers;
        this.acknowledged = Timer.builder("cems.frames.answered")
                .description("from a frame's arrival to its answer being written")
                .publishPercentiles(0.5, 0.99)
                .register(metrics);
        metrics.gauge("cems.connections", connections, ChannelGroup::size);
    }

    @Override
    public void start() {
        boss = new NioEventLoopGroup(1);
        io = new NioEventLoopGroup(2);
        storing = new DefaultEventExecutorGroup(workers);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, io)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline()
                                .addLast(
                                        new IdleStateHandler(settings.readIdle().toSeconds(), 0, 0, TimeUnit.SECONDS))
                                .addLast(new FrameSplitter())
                                .addLast(
                                        storing,
                                        new Connection(new LoggerSession(
                                                loggers, inbox, metrics, String.valueOf(channel.remoteAddress()))));
                    }
                });
        listening = bootstrap
                .bind(settings.bindAddress(), settings.port())
                .syncUninterruptibly()
                .channel();
        log.info("HJ 212 upper computer listening on {}", listening.localAddress());
    }

    /** The port loggers connect to (the configured one, or the one the system gave for port 0). */
    public int port() {
        return ((InetSocketAddress) listening.localAddress()).getPort();
    }

    @Override
    public void stop() {
        if (listening != null) {
            listening.close().syncUninterruptibly();
            connections.close().syncUninterruptibly();
            boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            io.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
            storing.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
            listening = null;
        }
    }

    @Override
    public boolean isRunning() {
        return listening != null;
    }

    private final class Connection extends SimpleChannelInboundHandler<byte[]> {
        private final LoggerSession session;

        Connection(LoggerSession session) {
            this.session = session;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            connections.add(ctx.channel());
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, byte[] frame) {
            long arrived = System.nanoTime();
            for (DataSegment answer : session.receive(frame)) {
                ctx.writeAndFlush(Unpooled.wrappedBuffer(FrameWriter.frame(answer)));
            }
            acknowledged.record(System.nanoTime() - arrived, TimeUnit.NANOSECONDS);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof IdleStateEvent) {
                log.info("{}: nothing received for {}; closed", ctx.channel().remoteAddress(), settings.readIdle());
                ctx.close();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            log.warn("{}: {}; connection closed", ctx.channel().remoteAddress(), cause.toString());
            ctx.close();
        }
    }
}
