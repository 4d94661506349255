package com.contas.demo;

/**
 * How much demo data to create. The row counts of organizations, people, deals, activities and files
 * are exact; the other tables follow from them.
 */
public enum DemoSize {
    /** A few hundred organizations: what a developer or a visitor of the demo browses. */
    SMALL(300, 900, 1_000, 2_000, 20),
    /**
     * The large set's proportions at a twentieth of its size: a start-up with a bulk load, batched
     * summary build and all, that a test can afford.
     */
    MEDIUM(5_000, 15_000, 50_000, 100_000, 50),
    /** The scale target of the product, for performance work on PostgreSQL. */
    LARGE(100_000, 300_000, 1_000_000, 2_000_000, 1_000);

    private final int organizations;
    private final int people;
    private final int deals;
    private final int activities;
    private final int files;

    DemoSize(int organizations, int people, int deals, int activities, int files) {
        this.organizations = organizations;
        this.people = people;
        this.deals = deals;
        this.activities = activities;
        this.files = files;
    }

    public int organizations() {
        return organizations;
    }

    public int people() {
        return people;
    }

    public int deals() {
        return deals;
    }

    public int activities() {
        return activities;
    }

    public int files() {
        return files;
    }
}
