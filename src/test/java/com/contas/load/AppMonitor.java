package com.contas.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * What the app under test spends, read over JMX (no endpoint of our own): its process CPU, GC time,
 * heap after a full GC, and Hikari's pool (active connections, threads waiting for one; needs
 * {@code spring.datasource.hikari.register-mbeans=true}). The app is started with a JMX port bound to
 * 127.0.0.1 (see the README). Also the whole machine's CPU from {@code /proc/stat}, since the load
 * generator runs on the same cores. Without a JMX address only the machine's CPU is known.
 */
final class AppMonitor implements AutoCloseable {

    /** One step's samples. */
    static final class Window {
        double appCpuSum;
        double appCpuMax;
        int samples;
        int poolWaitingMax;
        double poolWaitingSum;
        int poolActiveMax;
        long gcMillisAtStart = -1;
        long gcMillis;
        long[] machineAtStart;
        double machineCpu = Double.NaN;
        double generatorCpuSum;
    }

    private final JMXConnector connector;
    private final MBeanServerConnection mbeans;
    private volatile Window window = new Window();
    private final Thread sampler;
    private volatile boolean running = true;

    // JMX over RMI names its server through JNDI; the address is the operator's own app on this machine.
    @SuppressWarnings("BanJNDI")
    AppMonitor(String jmxAddress) throws IOException {
        if (jmxAddress == null || jmxAddress.isBlank()) {
            connector = null;
            mbeans = null;
        } else {
            connector = JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://" + jmxAddress + "/jmxrmi"));
            mbeans = connector.getMBeanServerConnection();
        }
        sampler = new Thread(this::sample, "app-monitor");
        sampler.setDaemon(true);
        sampler.start();
    }

    boolean connected() {
        return mbeans != null;
    }

    /** Starts a new window and returns the one that ended. */
    synchronized Window next() {
        Window ended = window;
        long[] machine = machineTicks();
        if (ended.machineAtStart != null && machine != null) {
            long total = machine[0] - ended.machineAtStart[0];
            long idle = machine[1] - ended.machineAtStart[1];
            ended.machineCpu = total == 0 ? Double.NaN : 100.0 * (total - idle) / total;
        }
        long gc = gcMillis();
        if (ended.gcMillisAtStart >= 0 && gc >= 0) {
            ended.gcMillis = gc - ended.gcMillisAtStart;
        }
        Window fresh = new Window();
        fresh.machineAtStart = machine;
        fresh.gcMillisAtStart = gc;
        window = fresh;
        return ended;
    }

    private void sample() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        while (running) {
            try {
                Thread.sleep(1000);
                Window w = window;
                synchronized (this) {
                    w.generatorCpuSum += Math.max(0, os.getProcessCpuLoad()) * 100;
                    if (mbeans != null) {
                        double cpu = ((Number) mbeans.getAttribute(
                                                new ObjectName("java.lang:type=OperatingSystem"), "ProcessCpuLoad"))
                                        .doubleValue()
                                * 100;
                        w.appCpuSum += Math.max(0, cpu);
                        w.appCpuMax = Math.max(w.appCpuMax, cpu);
                        for (ObjectName pool :
                                mbeans.queryNames(new ObjectName("com.zaxxer.hikari:type=Pool (*"), null)) {
                            int waiting = ((Number) mbeans.getAttribute(pool, "ThreadsAwaitingConnection")).intValue();
                            int active = ((Number) mbeans.getAttribute(pool, "ActiveConnections")).intValue();
                            w.poolWaitingMax = Math.max(w.poolWaitingMax, waiting);
                            w.poolWaitingSum += waiting;
                            w.poolActiveMax = Math.max(w.poolActiveMax, active);
                        }
                    }
                    w.samples++;
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // A missed sample; the next one may succeed.
            }
        }
    }

    boolean hasPool() {
        try {
            return mbeans != null
                    && !mbeans.queryNames(new ObjectName("com.zaxxer.hikari:type=Pool (*"), null)
                            .isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** Runs a full GC in the app and returns the heap it still uses, in MB (NaN without JMX). */
    double heapAfterGcMb() {
        if (mbeans == null) {
            return Double.NaN;
        }
        try {
            ObjectName memory = new ObjectName("java.lang:type=Memory");
            mbeans.invoke(memory, "gc", null, null);
            Thread.sleep(500);
            mbeans.invoke(memory, "gc", null, null);
            MemoryUsage heap = MemoryUsage.from((CompositeData) mbeans.getAttribute(memory, "HeapMemoryUsage"));
            return heap.getUsed() / 1024.0 / 1024.0;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    double maxHeapMb() {
        if (mbeans == null) {
            return Double.NaN;
        }
        try {
            MemoryUsage heap = MemoryUsage.from(
                    (CompositeData) mbeans.getAttribute(new ObjectName("java.lang:type=Memory"), "HeapMemoryUsage"));
            return heap.getMax() / 1024.0 / 1024.0;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private long gcMillis() {
        if (mbeans == null) {
            return -1;
        }
        try {
            long total = 0;
            Set<ObjectName> gcs = mbeans.queryNames(new ObjectName("java.lang:type=GarbageCollector,*"), null);
            for (ObjectName gc : gcs) {
                total += ((Number) mbeans.getAttribute(gc, "CollectionTime")).longValue();
            }
            return total;
        } catch (Exception e) {
            return -1;
        }
    }

    /** Total and idle jiffies of all cores. */
    private static long[] machineTicks() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = cpu.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total, idle};
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        sampler.interrupt();
        if (connector != null) {
            connector.close();
        }
    }
}
