/**
 * The migrant information portal: a server-rendered, multilingual site for migrants in
 * Georgia and Armenia, organised as one package per feature module.
 */
package org.migrantportal;
