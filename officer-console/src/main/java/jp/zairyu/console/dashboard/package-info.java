/**
 * The console's dashboard (統計): the backlog per bureau and state, arrivals and decisions per day
 * and processing days per procedure and status of residence, each as a PrimeFaces chart (a Chart.js
 * model in JSON) with the same figures in a data table beside it (a chart alone is not accessible)
 * and as a CSV download. Figures come from {@code DashboardService}; an officer sees the home
 * bureau, an ADMIN chooses a bureau or all of them.
 */
package jp.zairyu.console.dashboard;
